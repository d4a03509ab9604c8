// Package knowledge is the bot's knowledge base: Markdown articles embedded in
// the binary and a small search engine tuned for short, casual, misspelled chat
// messages ("cio vs cto??", "who should own our cybersecurity").
//
// Retrieval works in these steps:
//
//  1. split the message into sentences and find the question part (the
//     sentences ending in "?" or holding an ask marker such as "I'd like to
//     know" or "I'm trying to figure out whether", else those opening like
//     a question or a request after fillers such as "ok so"); the context
//     around it counts for less, unless the question part says nothing of
//     its own ("can you settle this for us?", "what does she mean?");
//  2. normalise and tokenise each sentence (lower case, apostrophes
//     dropped, "c.i.o." joined to "cio", "R&D" kept as one word), rewrite
//     texting shorthand and real-word slips (lexicon/respell.txt: "hrs",
//     "tmrw", "higher" for "hire" before "a" or "first") and correct
//     typos against the vocabulary of the articles and lexicons (everyday
//     words of lexicon/everyday.txt and inflections of known words are
//     never "corrected"; 3-4 letter typos only to the short words of
//     lexicon/short.txt, preferring the one that makes a phrase with its
//     neighbour: "part tme" is "part time");
//  3. stem the words (Snowball; the embedded vocabulary is stemmed ahead
//     into lexicon/stems.txt by go generate) and add concept tokens from
//     lexicon/concepts.txt (compiled into phrases_gen.go by go generate:
//     run it after editing the lexicon), so that "hackers", "servers patched" and "compliance" all point to the
//     CIO side, and "ship a new app", "R&D" and "AI" to the CTO side;
//  4. weigh the question's concepts (weak intent words such as "money",
//     "engage" or "both" ask only when nothing stronger is asked) and
//     apply a few rules that read
//     combinations ("who owns backups, the CIO or the CTO?" asks for the
//     duties side by side; "is the CIO in charge of all our computers" asks
//     what the role is); then recognise the shape of the question (define,
//     compare, responsibilities, focus, business impact, when needed, both,
//     virtual, cost, first hire, contact) and its subject (CIO, CTO, both, a
//     tech leader, another role, a named company or person), reported in
//     Result.Why;
//  5. decline by shape and subject what is out of scope: secrets and
//     rule-changing text, requests to write documents, the asker's career,
//     named executives and trivia, other roles, text posing as the bot's
//     own output;
//  6. rank articles with BM25 over weighted fields (title, keywords, sample
//     questions, body); the shape and subject choose the article family and
//     ranking chooses within it, and a confidence in 0..1 says how much of
//     the question the answer covers. Below a threshold the base declines
//     instead of guessing; articles nearly as likely are offered in
//     Result.Alternatives;
//  7. consult the labelled example questions nearest the question (cosine
//     over idf-weighted terms, examples/*.txt analysed ahead into
//     examples/analysed.txt by go generate, plus the articles' sample
//     questions; examples/paraphrases.txt is a bank written for them).
//     They vote for an article and for the shape of question it answers;
//     a question the rules could not place is answered by the shape they
//     agree on, about the subject the rules read (Why shape
//     "like-answered"), and an answer worded like questions the bot
//     declines, naming neither the CIO nor the CTO, is declined
//     ("like-declined").
//
// The articles are embedded, or read from a directory with LoadDir after
// Check has found nothing wrong with them.
//
// The package is a leaf: it imports no other package of the project but its
// own tokenizer (knowledge/token, shared with the conversation) and knows
// nothing of Slack. A Base is immutable after New and safe for concurrent use.
package knowledge
