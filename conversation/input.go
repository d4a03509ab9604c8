package conversation

// InputKind says what the user did.
type InputKind uint8

const (
	// InputText is a message the user typed.
	InputText InputKind = iota + 1
	// InputChoice is an option picked from a question (a button click).
	InputChoice
	// InputCommand is an explicit command (a slash sub-command, a menu
	// entry, a button that is not an answer).
	InputCommand
	// InputHandoffClosed says that the user's consultant handoff Handoff
	// was closed (by the consultant or the user): the engine asks how it
	// went. Only the handoff workflow sends it; front ends must never
	// build it from what a user sent.
	InputHandoffClosed
)

// Command is an explicit request from the user.
type Command string

const (
	CommandHelp    Command = "help"    // what can the bot do
	CommandStart   Command = "start"   // start (or resume) the assessment
	CommandBack    Command = "back"    // go back one question
	CommandRestart Command = "restart" // start the assessment over
	CommandCancel  Command = "cancel"  // abandon the assessment
	CommandStatus  Command = "status"  // where am I
	CommandConsult Command = "consult" // talk to a consultant
	CommandForget  Command = "forget"  // delete everything stored about me
)

// Input is one thing a user did, in platform-neutral terms.
type Input struct {
	Kind InputKind

	// Text is the message for InputText; for InputCommand it may carry
	// the rest of the command line (e.g. "ask <question>").
	Text string

	// QuestionID and Choice identify the option picked for InputChoice.
	// Round is the assessment round the question belonged to, so a click
	// on a question from an earlier, finished or restarted assessment is
	// recognised as stale rather than answering the current one.
	QuestionID string
	Choice     string
	Round      int

	// Command is set for InputCommand.
	Command Command

	// Showing is, for InputText, the assessment question the front end
	// showed last in this conversation, when it knows it (zero when not):
	// a typed answer to a question of an assessment the stored state no
	// longer has is then told that the progress was lost, rather than
	// read as a new message.
	Showing QuestionRef

	// Handoff is the handoff's id for InputHandoffClosed.
	Handoff string
}

// QuestionRef names an assessment question as shown: its id and the round
// of the assessment it belongs to.
type QuestionRef struct {
	ID    string
	Round int
}

// Text builds a text input.
func Text(s string) Input { return Input{Kind: InputText, Text: s} }

// Choice builds a choice input.
func Choice(round int, questionID, value string) Input {
	return Input{Kind: InputChoice, Round: round, QuestionID: questionID, Choice: value}
}

// Cmd builds a command input.
func Cmd(c Command) Input { return Input{Kind: InputCommand, Command: c} }

// HandoffClosed builds the input saying that the user's handoff id was
// closed.
func HandoffClosed(id string) Input { return Input{Kind: InputHandoffClosed, Handoff: id} }
