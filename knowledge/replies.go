package knowledge

// Fixed replies. They never quote the user's message: whatever was typed,
// only these texts and article bodies reach the chat.
const (
	greetingText = "Hi! I help you work out whether your company needs a *CIO* (Chief Information Officer), a *CTO* (Chief Technology Officer), or both.\n\n" +
		"Ask me anything about the two roles, for example:\n" +
		"• _What's the difference between a CIO and a CTO?_\n" +
		"• _Who should own our cybersecurity?_\n" +
		"• _We're 20 people, who do we hire first?_\n\n" +
		"Or *start the assessment* for a recommendation, or ask to talk to a consultant."

	helpText = "I answer questions about the *CIO* and *CTO* roles:\n" +
		"• what each role does, and the difference between them\n" +
		"• internal vs external focus, responsibilities and business impact\n" +
		"• signs you need a CIO, a CTO, or both\n" +
		"• virtual (fractional) CIO and CTO services for SMEs and startups\n\n" +
		"Say *start the assessment* for a recommendation that fits your company, or *talk to a human* to reach a Consulting Springfield consultant."

	thanksText = "You're welcome! Ask another question any time, *start the assessment* for a recommendation, or say *talk to a human* to reach a consultant."

	declineText = "Sorry, that's outside what I can help with. I only know about the *CIO* and *CTO* roles: what they do, how they differ, when you need one or both, and virtual (fractional) options.\n\n" +
		"Try asking _\"CIO or CTO, what's the difference?\"_, *start the assessment* for a recommendation, or say *talk to a human* to reach a consultant."
)
