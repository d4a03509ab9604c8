package conversation

import "strings"

// IsForget reports whether in asks to delete everything stored about the
// user: the forget command, or text such as "forget me". Front ends hand
// such inputs to bot.Core, which forgets the user everywhere (the
// conversations, the handoff records, the front end's own memory); the
// engine's Handle forgets only the conversations.
func IsForget(in Input) bool { return isForget(in) }

// IsControl reports whether in asks for help, to stop (cancel) or to be
// forgotten: the inputs a front end lets through even when the user is
// typing faster than it answers.
func IsControl(in Input) bool {
	switch in.Kind {
	case InputCommand:
		switch in.Command {
		case CommandHelp, CommandCancel, CommandForget:
			return true
		}
	case InputText:
		if c, ok := textCommand(in.Text); ok && (c == CommandCancel || c == CommandForget) {
			return true
		}
		return controlTexts[strings.Join(normalize(in.Text), " ")]
	}
	return false
}

// controlTexts are typed requests for help, and a bare "forget" (the
// slash command's word, typed).
var controlTexts = map[string]bool{"help": true, "help me": true, "what can you do": true, "menu": true,
	"commands": true, "forget": true}
