package conversation

// IsForget reports whether in asks to delete everything stored about the
// user: the forget command, or text such as "forget me". Front ends hand
// such inputs to bot.Core, which forgets the user everywhere (the
// conversations, the handoff records, the front end's own memory); the
// engine's Handle forgets only the conversations.
func IsForget(in Input) bool { return isForget(in) }
