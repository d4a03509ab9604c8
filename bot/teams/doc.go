// Package teams is the Microsoft Teams front end: it speaks the Bot
// Framework REST protocol directly (there is no maintained Go SDK) and
// runs on the same conversation core as the other front ends (bot.Core,
// bot.Pool, the handoff Service).
//
//   - Bot (bot.go) ties it together: New, SetHandoffs, Run/Serve, Ready.
//     serve turns it on when TEAMS_APP_ID is set (Config).
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
//     ignored. Another user's click is refused by the handler itself.
//   - Runner (runner.go, Bot.Accept and Bot.Invoke): messages, installs
//     and removals are answered 200 at once and queued on the ordered pool
//     (sharded by conversation key, deduplicated by conversation +
//     activity id across replicas); card clicks run on the same shard and
//     are answered with their invoke response (the clicked question
//     replaced by its answer, the contact form with its errors, a note for
//     the clicker) within TEAMS_INVOKE_TIMEOUT. Installs greet once per
//     conversation; removals forget the references they make useless.
//   - Surface (surface.go): the reply policy of bot.Core shown in Teams.
//     Teams has no ephemeral messages: private notices go to the click's
//     invoke response, else the user's personal chat, else the thread.
//   - References (refs.go): each user's personal chat and last channel
//     or group chat, with whether the service URL was validated; stored in
//     a RefStore (MemRefs; redisrefs in Redis), checked by refstest. A
//     stored service URL is trusted again only when it was validated.
//   - Handoff (handoff.go, users.go): the inline contact form opens a
//     request on the shared handoff.Service, whose desk is the consultants'
//     Slack channel; HandoffUsers tells Teams users the workflow's and the
//     consultant's messages in their personal chat (opened with
//     CreatePersonal for someone seen only in a channel).
//   - Outbound: Connector sends, replies, updates and opens personal
//     chats with a cached client-credentials token sent only to trusted
//     service URLs (ServiceURLs), paced per conversation within Teams'
//     per-thread limits, retrying 429/412/5xx with Retry-After; 403
//     MessageWritesBlocked and 413 are permanent and counted.
//   - Rendering: RenderReply, AnsweredCard and RenderText make Adaptive
//     Cards 1.5 within Teams' size limit; Markdown converts the engine's
//     markup, EscapeText makes user text literal; ContactForm and
//     SubmitContact are the inline contact form with the handoff's
//     validation.
//   - Metrics: what Handler, Connector and the pool count (bot/observe's
//     TeamsMetrics).
//
// teamstest is the fake Bot Framework the tests run against.
package teams
