package teams

// Adaptive Cards, version 1.5 (what Teams renders), limited to the
// elements the bot uses. Each element sets its own "type".

// CardVersion is the Adaptive Card schema version the bot writes.
const CardVersion = "1.5"

// Card is an Adaptive Card.
type Card struct {
	Type    string  `json:"type"`
	Schema  string  `json:"$schema"`
	Version string  `json:"version"`
	Body    []any   `json:"body"`
	Actions []any   `json:"actions,omitempty"`
	MSTeams *msteam `json:"msteams,omitempty"`
	// Fallback text for clients that cannot render the card.
	FallbackText string `json:"fallbackText,omitempty"`
	// Refresh is unused; the invoke response replaces the card instead.
}

type msteam struct {
	Width string `json:"width,omitempty"`
}

func newCard() *Card {
	return &Card{Type: "AdaptiveCard", Schema: "http://adaptivecards.io/schemas/adaptive-card.json",
		Version: CardVersion, Body: []any{}, MSTeams: &msteam{Width: "Full"}}
}

// TextBlock is text in Teams markdown.
type TextBlock struct {
	Type      string `json:"type"`
	Text      string `json:"text"`
	Wrap      bool   `json:"wrap"`
	Weight    string `json:"weight,omitempty"`
	Size      string `json:"size,omitempty"`
	IsSubtle  bool   `json:"isSubtle,omitempty"`
	Color     string `json:"color,omitempty"`
	Spacing   string `json:"spacing,omitempty"`
	Separator bool   `json:"separator,omitempty"`
	Style     string `json:"style,omitempty"` // "heading"
}

func textBlock(text string) *TextBlock { return &TextBlock{Type: "TextBlock", Text: text, Wrap: true} }

// ActionSet is a row of buttons inside the body.
type ActionSet struct {
	Type    string `json:"type"`
	Actions []any  `json:"actions"`
	Spacing string `json:"spacing,omitempty"`
}

// ActionExecute is a button that sends an adaptiveCard/action invoke
// with Verb and Data (plus the card's input values) to the bot.
type ActionExecute struct {
	Type  string         `json:"type"`
	Title string         `json:"title"`
	Verb  string         `json:"verb"`
	Data  map[string]any `json:"data,omitempty"`
	Style string         `json:"style,omitempty"` // "positive", "destructive"
	// AssociatedInputs "none" sends no input values (a skip button).
	AssociatedInputs string `json:"associatedInputs,omitempty"`
}

func executeAction(title, verb string, data map[string]any) *ActionExecute {
	return &ActionExecute{Type: "Action.Execute", Title: title, Verb: verb, Data: data}
}

// InputText is a text field.
type InputText struct {
	Type         string `json:"type"`
	ID           string `json:"id"`
	Label        string `json:"label,omitempty"`
	Placeholder  string `json:"placeholder,omitempty"`
	Value        string `json:"value,omitempty"`
	MaxLength    int    `json:"maxLength,omitempty"`
	IsMultiline  bool   `json:"isMultiline,omitempty"`
	IsRequired   bool   `json:"isRequired,omitempty"`
	ErrorMessage string `json:"errorMessage,omitempty"`
	Style        string `json:"style,omitempty"` // "email"
}

// InputChoiceSet is a drop-down (style "compact").
type InputChoiceSet struct {
	Type        string   `json:"type"`
	ID          string   `json:"id"`
	Label       string   `json:"label,omitempty"`
	Placeholder string   `json:"placeholder,omitempty"`
	Style       string   `json:"style,omitempty"`
	Value       string   `json:"value,omitempty"`
	Choices     []Choice `json:"choices"`
}

// Choice is one entry of an InputChoiceSet.
type Choice struct {
	Title string `json:"title"`
	Value string `json:"value"`
}
