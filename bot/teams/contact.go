package teams

import (
	"strings"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// CompanySizes are the choices of the contact form's company size.
var CompanySizes = []string{"1-10", "11-50", "51-200", "201-1000", "1000+"}

const (
	textContactTitle = "Talk to a consultant"
	textContactIntro = "A consultant can reach you faster if you tell us a little about your company and the best time to talk. " +
		"Or I can simply notify them with your Teams profile."
	textContactFix = "Please check the fields marked below."
)

// ContactForm is the inline contact form for owner: the handoff's contact
// fields, prefilled from c (what the user typed before, or what Teams
// knows), with the messages of errs (handoff.Contact.Validate's, by field)
// under their fields. Send submits the inputs (VerbContactSubmit); the
// other button notifies a consultant without them (VerbContactSkip).
func ContactForm(owner conversation.Key, c handoff.Contact, errs map[string]string) *Card {
	card := newCard()
	title := textBlock(textContactTitle)
	title.Style, title.Weight, title.Size = "heading", "Bolder", "Medium"
	card.Body = append(card.Body, title)
	intro := textBlock(textContactIntro)
	if len(errs) > 0 {
		intro = textBlock(textContactFix)
		intro.Color = "Attention"
	}
	card.Body = append(card.Body, intro)
	field := func(in any, id string) {
		card.Body = append(card.Body, in)
		if msg := errs[id]; msg != "" {
			e := textBlock(EscapeText(msg))
			e.Color, e.Size, e.Spacing = "Attention", "Small", "None"
			card.Body = append(card.Body, e)
		}
	}
	text := func(id, label, placeholder, value string, max int, required bool) *InputText {
		return &InputText{Type: "Input.Text", ID: id, Label: label, Placeholder: placeholder, Value: value,
			MaxLength: max, IsRequired: required}
	}
	field(text(handoff.FieldName, "Your name", "", c.Name, handoff.MaxName, true), handoff.FieldName)
	field(text(handoff.FieldCompany, "Company", "", c.Company, handoff.MaxShort, false), handoff.FieldCompany)
	email := text(handoff.FieldEmail, "Work email", "So a consultant can follow up", c.Email, handoff.MaxEmail, true)
	email.Style = "email"
	field(email, handoff.FieldEmail)
	size := &InputChoiceSet{Type: "Input.ChoiceSet", ID: handoff.FieldSize, Label: "Company size", Style: "compact", Placeholder: "Choose"}
	for _, s := range CompanySizes {
		size.Choices = append(size.Choices, Choice{Title: s + " people", Value: s})
		if s == c.Size {
			size.Value = s
		}
	}
	field(size, handoff.FieldSize)
	field(text(handoff.FieldContactTime, "Best time to reach you", "e.g. weekday mornings CET", c.ContactTime, handoff.MaxShort, false), handoff.FieldContactTime)
	note := text(handoff.FieldNote, "Anything we should know?", "", c.Note, handoff.MaxNote, false)
	note.IsMultiline = true
	field(note, handoff.FieldNote)
	data := map[string]any{dataOwner: owner.User}
	send := executeAction("Send", VerbContactSubmit, data)
	send.Style = "positive"
	skip := executeAction("Just notify a consultant", VerbContactSkip, data)
	skip.AssociatedInputs = "none"
	card.Actions = []any{send, skip}
	card.FallbackText = textContactTitle
	return card
}

// ContactFromInputs reads the contact form's submitted values. The result
// is RAW USER TEXT; validate it with Contact.Validate.
func ContactFromInputs(inputs map[string]string) handoff.Contact {
	c := handoff.Contact{
		Name:        inputs[handoff.FieldName],
		Company:     inputs[handoff.FieldCompany],
		Email:       inputs[handoff.FieldEmail],
		Size:        inputs[handoff.FieldSize],
		ContactTime: inputs[handoff.FieldContactTime],
		Note:        inputs[handoff.FieldNote],
	}.Normalize()
	known := false
	for _, s := range CompanySizes {
		known = known || strings.EqualFold(c.Size, s)
	}
	if !known {
		c.Size = "" // only the listed sizes; anything else was not our drop-down
	}
	return c
}

// SubmitContact validates the submitted contact form of a card action.
// When it is valid it returns the contact and nil; otherwise the form
// again, with the values kept and the errors shown, for the invoke
// response that replaces the clicked form.
func SubmitContact(owner conversation.Key, a *CardAction) (handoff.Contact, *Card) {
	c := ContactFromInputs(a.Inputs)
	if errs := c.Validate(); errs != nil {
		return c, ContactForm(owner, c, errs)
	}
	return c, nil
}
