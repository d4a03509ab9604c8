// Package teams is the Microsoft Teams front end: it speaks the Bot
// Framework REST protocol directly (there is no maintained Go SDK).
//
// Done here, independent of the conversation core:
//   - Inbound: Handler serves MessagesPath. Every request's JWT is checked
//     first by Authenticator (RS256 against the OpenID metadata's keys,
//     kept with their endorsements by an own cache; issuer, audience = app
//     id, expiry with 5 min skew, serviceurl claim = the activity's
//     serviceUrl, channel among the key's endorsements): 401/403, or 503
//     when no keys can be loaded. Then the body (bounded) is parsed, its
//     service URL trusted, and ParseTurn says what it asks: a message
//     (personal chat, or an @mention by entity in a channel thread or
//     group chat; typed commands), a card click (Action.Execute data), an
//     install or an uninstall; everything else is answered 200 and
//     ignored. Turns go to a Runner: Accept (answered 200 at once, 503
//     when refused) or Invoke (card clicks, answered with the invoke
//     response within TEAMS_INVOKE_TIMEOUT). Another user's click is
//     refused by the handler itself.
//   - Outbound: Connector sends, replies, updates and opens personal
//     chats with a cached client-credentials token sent only to trusted
//     service URLs (ServiceURLs), paced per conversation within Teams'
//     per-thread limits, retrying 429/412/5xx with Retry-After; 403
//     MessageWritesBlocked and 413 are permanent and counted (Stats).
//   - Rendering: RenderReply, AnsweredCard and RenderText make Adaptive
//     Cards 1.5 within Teams' size limit; Markdown converts the engine's
//     markup, EscapeText makes user text literal; ContactForm and
//     SubmitContact are the inline contact form with the handoff's
//     validation.
//   - ConversationRef is what to store per user for proactive messages.
//
// What the integration with the neutral core adds: a Runner that dedupes
// by conversation + activity id and runs turns on the ordered pool; a
// Surface over Connector (show a reply, update an answered question in
// place, tell privately, forget the user) so the shared reply policy
// drives Teams; the handoff's user side for Teams (relay to the stored
// ConversationRef); storing and deleting references on install and
// uninstall; the front-end conformance suite; and the serve wiring
// (TEAMS_ADDR listener, Config from the environment).
//
// teamstest is the fake Bot Framework the tests run against.
package teams
