// Package knowledge is the bot's knowledge base: Markdown articles embedded in
// the binary and a small search engine tuned for short, casual, misspelled chat
// messages ("cio vs cto??", "who should own our cybersecurity").
//
// Retrieval works in five steps:
//
//  1. normalise and tokenise the text (lower case, apostrophes dropped,
//     "c.i.o." joined to "cio", "R&D" kept as one word);
//  2. correct typos against the vocabulary of the articles and lexicons;
//  3. stem the words (Snowball) and add concept tokens from lexicon/concepts.txt,
//     so that "hackers", "servers patched" and "compliance" all point to the
//     CIO side, and "ship a new app", "R&D" and "AI" to the CTO side;
//  4. weigh the question's concepts: intent concepts (a comparison, the
//     duties, the impact, a virtual option, a price...) count more than the
//     topic words around them, and a few rules read combinations ("who owns
//     backups, the CIO or the CTO?" asks for the duties side by side; needs
//     on both sides at once ask about having both; "can't afford" makes a
//     salary a reason to look at the virtual option; the asker's own career
//     is declined);
//  5. rank articles with BM25 over weighted fields (title, keywords, sample
//     questions, body) and turn the best match into a confidence in 0..1 that
//     says how much of the question the article explains. Below a threshold
//     the base declines instead of guessing.
//
// The package is a leaf: it imports no other package of the project and knows
// nothing of Slack. A Base is immutable after New and safe for concurrent use.
package knowledge
