package handoff

// Every text of the handoff lives in this file: what users are told, the
// notes in a card's thread, the card itself and the contact form's labels.
// The texts are in the engine's small markup (*bold*, _italic_, `code`,
// "• " bullets), which Slack shows as is and a terminal shows plain. The
// platform-specific pieces (how a person is named, how a user ends a live
// conversation, how text a person typed is made safe) come from the Style
// of the side that shows the text (style.go).

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/springfield/techleader/conversation"
)

// SomeConsultant stands in for a consultant whose name is not known.
const SomeConsultant = "a consultant"

// platformUsers name the users of each platform for consultants working
// on another one.
var platformUsers = map[string]string{
	"web":   "a visitor on the website",
	"teams": "a Microsoft Teams user",
	"cli":   "a terminal user",
}

// UserElsewhere names, for consultants, a user of another platform than
// their desk's: "a visitor on the website" for the web chat. A card,
// its notification and its thread's notes say so, so a consultant knows
// where the user wrote from and where their replies go.
func UserElsewhere(user conversation.Key) string {
	if s, ok := platformUsers[user.Platform]; ok {
		return s
	}
	return "a " + user.Platform + " user"
}

// SimulatedGreeting is what the simulated consultant of the playgrounds
// (`techleader chat` and `web`) says when it claims a request.
const SimulatedGreeting = "Hi, I'm Sam, a simulated consultant: nobody from Consulting Springfield is connected to this playground, " +
	"so I stand in for them. Write anything and I'll reply."

// SimulatedReply is the simulated consultant's answer to every message.
const SimulatedReply = "Thanks, noted. (A real consultant would answer your message here.)"

// What users are told.
const (
	textQueued             = "Thanks! I've passed your request on to our consultants. One of them will answer you right here; I'll let you know who."
	textActive             = "You already have a request with our consultants"
	textFailed             = "Sorry, I couldn't pass your request on just now (my storage is unavailable). Please try again in a minute."
	textNoneOpen           = "You have no open conversation with a consultant."
	textEndedHere          = "Done: the conversation with the consultant has ended."
	textClosedByConsultant = "The consultant closed this conversation — thanks for talking with Consulting Springfield! I'm back: ask me anything."
	textEndedByUser        = "You ended the conversation with the consultant. I'm back: ask me anything."

	// TextNotSetUp is said when a user asks for a consultant where no
	// handoff is configured.
	TextNotSetUp = "I couldn't pass your request on: the consultant handoff isn't set up in this workspace yet. " +
		"Please contact Consulting Springfield directly, or try again later."
	// TextAnnounced is said when the request could only be announced to
	// the consultants (no handoff records).
	TextAnnounced = "I've passed your request on to our consultants; one of them will contact you here in Slack."
	// TextNoDesk is said when a user asks for a consultant on a front
	// end that has no consultants' desk (Teams or the web without Slack).
	TextNoDesk = "I can't pass your request on from here: no consultants' desk is connected to this chat yet. " +
		"Please contact Consulting Springfield directly."
	// TextNoneOpen answers "end" when there is no conversation to end.
	TextNoneOpen = textNoneOpen
	// TextForgotten is added to the forget confirmation where handoffs
	// are on.
	TextForgotten = " Your requests to talk to a consultant are deleted too, and the card of an open request in our consultants' channel now says it was removed; " +
		"messages already posted in that channel (cards of earlier requests, conversations with a consultant) stay there — ask a consultant if you want them deleted."
)

// What consultants are told privately.
const (
	textNotConsultant = "Only members of the consultants' channel can do that."
	textNoCheck       = "Sorry, I couldn't check who the consultants are just now; please try again in a minute."
	textAlreadyClosed = "This request is already closed."
	textGoneForgotten = "This request no longer exists (the user may have asked me to forget them)."
	textGone          = "This request no longer exists."
	textClaimFailed   = "Sorry, I couldn't record your claim just now; please try again."
	textCloseFailed   = "Sorry, I couldn't close it just now; please try again."
	textQueueDown     = "Sorry, the queue is unavailable just now."
	textQueueEmpty    = "The queue is empty: no open or claimed requests."
	queueMax          = 40 // requests listed at most
	queueCompanyMax   = 60 // characters of a company name in the queue
	relayMax          = 3000
)

// msgActive tells the user about their active request, rec; where is
// where they are told ("here", or "in our direct messages" from a form).
func msgActive(rec Handoff, now time.Time, where string) Message {
	return func(st Style) string {
		if rec.State == StateClaimed {
			return textActive + ": you're talking with " + st.person(rec.ClaimedBy) + " " + where + " — just write there. Type " +
				st.endCommand() + " to end the conversation."
		}
		return textActive + " (since " + Age(now.Sub(rec.CreatedAt)) + " ago); a consultant will answer you " + where + " soon."
	}
}

// ActiveText tells the user, in a form shown instead of the contact form,
// about their active request.
func ActiveText(rec Handoff, now time.Time) Message {
	return msgActive(rec, now, "in our direct messages")
}

func msgActiveHere(rec Handoff, now time.Time) Message {
	return func(st Style) string {
		if rec.State == StateClaimed {
			return textActive + ": you're talking with " + st.person(rec.ClaimedBy) + " — just write here. Type " +
				st.endCommand() + " to end the conversation."
		}
		return textActive + " (since " + Age(now.Sub(rec.CreatedAt)) + " ago); a consultant will answer you here soon."
	}
}

func msgStatus(rec Handoff, now time.Time) Message {
	return func(st Style) string { return "*Consultant:* " + msgActiveHere(rec, now)(st) }
}

func msgClaimed(consultant string) Message {
	return func(st Style) string {
		return st.person(consultant) + " from Consulting Springfield will help you. " +
			"From now on, what you write here goes straight to them and their answers come back here — I'll stay quiet until the conversation ends. " +
			"Type " + st.endCommand() + " to end it."
	}
}

func msgFromConsultant(consultant, userText string) Message {
	return func(st Style) string {
		return st.person(consultant) + " (Consulting Springfield):\n" + st.Quote(userText, relayMax)
	}
}

func msgAlreadyClaimed(by string) Message {
	return func(st Style) string {
		who := "someone else"
		if by != "" {
			who = st.person(by)
		}
		return "Thanks, but " + who + " has already claimed this request."
	}
}

// msgQueue lists the active requests for a consultant.
func msgQueue(list []Handoff, now time.Time) Message {
	return func(st Style) string {
		var sb strings.Builder
		fmt.Fprintf(&sb, "*Consultant requests* (%d)", len(list))
		for i, rec := range list {
			if i == queueMax {
				sb.WriteString("\n…")
				break
			}
			state := "*open*"
			if rec.State == StateClaimed {
				state = "claimed by " + st.person(rec.ClaimedBy)
			}
			sb.WriteString("\n• " + st.user(rec.User))
			if rec.Contact.Company != "" {
				sb.WriteString(" (" + st.Inline(rec.Contact.Company, queueCompanyMax) + ")")
			}
			sb.WriteString(" — " + state + ", " + Age(now.Sub(rec.CreatedAt)) + " old · ref " + rec.ID)
		}
		return sb.String()
	}
}

// Notes in a card's thread.

func noteClaimed(consultant string, user conversation.Key) Message {
	return func(st Style) string {
		return st.person(consultant) + " claimed this request. Write in this thread to talk with " + st.user(user) + "; I'll relay both ways."
	}
}

func noteClosed(by string) Message {
	return func(st Style) string { return st.person(by) + " closed this request." }
}

func noteEnded(user conversation.Key) Message {
	return func(st Style) string { return st.user(user) + " ended the conversation." }
}

func noteFromUser(user conversation.Key, userText string) Message {
	return func(st Style) string { return st.user(user) + " wrote:\n" + st.Quote(userText, relayMax) }
}

func noteRated(user conversation.Key, score int) Message {
	return func(st Style) string {
		return fmt.Sprintf("%s rated this conversation %d/5.", st.user(user), score)
	}
}

func noteRatingComment(user conversation.Key, score int, userText string) Message {
	return func(st Style) string {
		return fmt.Sprintf("%s commented on their %d/5 rating:\n%s", st.user(user), score, st.Quote(userText, relayMax))
	}
}

func noteReminder(n, limit int, user conversation.Key, waited time.Duration) Message {
	return func(st Style) string {
		return fmt.Sprintf("Reminder %d/%d: %s has been waiting %s for a consultant. Click *Claim* on the card to help them.",
			n, limit, st.user(user), Age(waited))
	}
}

// The card.

// Card texts that are the same everywhere.
const (
	CardTitle   = "Consultant request"
	CardClaim   = "Claim" // the claim button
	CardClose   = "Close" // the close button
	CardRemoved = "Consultant request removed at the user's request."
)

// Limits of a card's user-controlled text, counted after escaping (an
// escaped '<' is four characters), so that every section stays one block
// well within Block Kit's limits whatever the user typed.
const (
	cardFieldMax   = MaxShort // name, company, size, best time
	cardEmailMax   = MaxEmail
	cardNoteMax    = 2500
	cardLineMax    = 200  // one question or answer of the assessment
	cardSectionMax = 2800 // the assessment, the last messages
	cardRecentMax  = 300  // one of the last messages
	cardRecMax     = 150  // the recommendation's title
	cardRecentN    = 5    // last messages shown
	cardAnswersN   = 20   // assessment answers shown
	// CardTextMax bounds the text of a card's sections together.
	CardTextMax = 12000
)

// CardText is the text of a handoff's card, part by part, in one Style.
// Everything a user typed is escaped and capped: each part stays under
// 3,000 characters and the whole card under CardTextMax.
type CardText struct {
	Title      string // CardTitle
	Who        string // who asked and how to reach them
	Note       string // the user's note; "" when none
	Assessment string // the recommendation and the answers; "" when none
	Recent     string // the user's last messages; "" when none
	Status     string // "Waiting for a consultant", "Claimed by …", "Closed by …"
	Requested  string // when it was asked, and the request's reference
	// Notification is the one line notifications show.
	Notification string
	// Claimable and Closable say which buttons the card offers.
	Claimable, Closable bool
}

// CardOf is rec's card in st.
func CardOf(rec Handoff, st Style) CardText {
	c := CardText{Title: CardTitle, Who: cardWho(rec, st), Requested: "Requested " + st.time(rec.CreatedAt) + " · ref " + rec.ID}
	if rec.Contact.Note != "" {
		c.Note = "*Note:*\n" + st.Quote(rec.Contact.Note, cardNoteMax)
	}
	c.Assessment = cardAssessment(rec, st)
	if n := len(rec.Recent); n > 0 {
		var lines []string
		for _, m := range rec.Recent[max(0, n-cardRecentN):] {
			lines = append(lines, st.Quote(m, cardRecentMax))
		}
		c.Recent = truncate("*Last messages:*\n"+strings.Join(lines, "\n"), cardSectionMax)
	}
	switch rec.State {
	case StateOpen:
		c.Status, c.Claimable, c.Closable = "Waiting for a consultant", true, true
	case StateClaimed:
		c.Status, c.Closable = "Claimed by "+st.person(rec.ClaimedBy), true
	case StateClosed:
		c.Status = "Closed by " + st.person(rec.ClosedBy)
	}
	c.Notification = CardTitle + " from " + st.user(rec.User) + " — " + c.Status
	return c
}

func cardWho(rec Handoff, st Style) string {
	c := rec.Contact
	field := func(label, v string, max int) string {
		if v == "" {
			return ""
		}
		return "*" + label + ":* " + st.Inline(v, max) + "\n"
	}
	who := "*From:* " + st.user(rec.User) + "\n" + field("Name", c.Name, cardFieldMax) + field("Company", c.Company, cardFieldMax) +
		field("Email", c.Email, cardEmailMax) + field("Company size", c.Size, cardFieldMax) + field("Best time", c.ContactTime, cardFieldMax)
	if rec.Origin != "" && st.Origin != nil {
		if from := st.Origin(rec.User, rec.Origin); from != "" {
			who += "*Asked from:* " + from + "\n"
		}
	}
	if rec.Skipped {
		platform := st.Platform
		if platform == "" {
			platform = "platform"
		}
		who += "_The user skipped the form: details come from their " + platform + " profile._\n"
	}
	return who
}

func cardAssessment(rec Handoff, st Style) string {
	if rec.Recommendation == "" && len(rec.Answers) == 0 {
		return ""
	}
	var sb strings.Builder
	sb.WriteString("*Assessment*")
	if rec.Recommendation != "" {
		sb.WriteString(" — recommendation: *" + st.Inline(rec.Recommendation, cardRecMax) + "*")
	}
	for i, qa := range rec.Answers {
		line := "\n• " + st.Inline(qa.Question, cardLineMax) + " — _" + st.Inline(qa.Answer, cardLineMax) + "_"
		if i == cardAnswersN || utf8.RuneCountInString(sb.String()+line) > cardSectionMax-2 {
			sb.WriteString("\n…")
			break
		}
		sb.WriteString(line)
	}
	return sb.String()
}

// truncate shortens s to at most max runes, ending in "…".
func truncate(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	return string([]rune(s)[:max-1]) + "…"
}

// The contact form, and the offer of it.

// FormField is one field of the contact form.
type FormField struct {
	Name     string // the Field* name Validate keys its messages by
	Label    string
	Hint     string
	Optional bool
	Max      int  // characters
	Long     bool // several lines
}

// FormFields are the contact form's fields in order. Company size is
// picked from CompanySizes.
var FormFields = []FormField{
	{Name: FieldName, Label: "Your name", Max: MaxName},
	{Name: FieldCompany, Label: "Company", Optional: true, Max: MaxShort},
	{Name: FieldEmail, Label: "Work email", Hint: "So a consultant can follow up.", Max: MaxEmail},
	{Name: FieldSize, Label: "Company size", Optional: true, Max: MaxShort},
	{Name: FieldContactTime, Label: "Best time to reach you", Hint: "e.g. weekday mornings CET", Optional: true, Max: MaxShort},
	{Name: FieldNote, Label: "Anything we should know?", Optional: true, Max: MaxNote, Long: true},
}

// CompanySizes are the choices of the company-size field; each is shown
// as "<size> people".
var CompanySizes = []string{"1-10", "11-50", "51-200", "201-1000", "1000+"}

// Texts of the contact form and of its offer in a direct message.
const (
	FormTitle  = "Talk to a consultant"
	FormSubmit = "Send"
	FormCancel = "Cancel"
	FormOK     = "OK"
	FormChoose = "Choose"
	OfferForm  = "Fill in the form"         // button
	OfferSkip  = "Just notify a consultant" // button
	OfferLate  = "Sorry, the form didn't open in time. Please click again."
	// FormSent replaces an inline contact form once its request is
	// passed on; FormActive when the user had one already.
	FormSent   = "Sent: our consultants have your request."
	FormActive = textActive + "."
	// FormInPersonalChat says, where others can read along, that the
	// form went to the user's personal chat with the bot; FormNotSent
	// that it could not.
	FormInPersonalChat = "I've sent you a short form in our personal chat, so that your details stay between us."
	FormNotSent        = "I couldn't reach you in our personal chat to send you the form. Please message me there directly and ask for a consultant."
)

// OfferText offers the contact form or a plain notification with the
// user's profile on platform ("Slack").
func OfferText(platform string) string {
	return "A consultant can reach you faster if you tell us a little about your company and the best time to talk. " +
		"Or I can simply notify them with your " + platform + " profile."
}

// SkippedText confirms a choice to skip the form.
func SkippedText(platform string) string {
	return "OK — I'll notify a consultant with your " + platform + " profile."
}

// OfferNotYours tells someone that the offer's buttons are another user's.
func OfferNotYours(st Style, owner string) string {
	return "These buttons belong to " + st.person(owner) + "."
}

// Announcement is posted to the consultants when a request can only be
// announced (no handoff records): who asked, and their last
// recommendation if any.
func Announcement(st Style, user conversation.Key, lastRecommendation string) string {
	s := st.user(user) + " would like to talk to a consultant."
	if lastRecommendation != "" {
		s += "\nTheir last recommendation: *" + lastRecommendation + "*"
	}
	return s
}
