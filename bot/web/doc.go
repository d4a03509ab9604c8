// Package web is the web front end: the chat page (for the consultancy's
// website and a local playground), the embeddable widget, and the JSON and
// Server-Sent Events API behind them. It is a thin adapter over the
// conversation engine: the page is HTML, CSS and plain JavaScript embedded
// with embed.FS, with no build step and no framework.
//
// # Endpoints
//
//	GET  /                 the page (?embed=1 inside the widget's iframe)
//	GET  /static/app.js    its script and style (ETag, revalidated)
//	GET  /widget.js        <script src=".../widget.js"> on another site adds a
//	                       launcher that opens the page in an iframe
//	GET  /api/state        what to show on load (StateResponse)
//	POST /api/turn         one turn (TurnRequest → TurnResponse)
//	POST /api/contact      the contact form (ContactRequest → TurnResponse, or
//	                       422 with an error per field)
//	GET  /api/events       pushes as Server-Sent Events (PushJSON; the event id
//	                       is the push id; resumes after Last-Event-ID or ?after=)
//
// Errors are JSON, {"error":{"code","message","fields"}}, with a message a
// person can read and never a Go error's text.
//
// # Collaborators
//
// A turn goes to the conversation core every front end shares
// (bot.Core.Converse) through a bot.Surface that collects what it shows
// into the turn's response. The server takes the rest through small
// interfaces defined here: Handoffs (*handoff.Service), PushLog, Limiter,
// Sessions and Metrics. memweb implements the stores in memory and
// redisweb in Redis (single, Sentinel or Cluster); webtest's contract
// suites check both.
//
// # Consultants
//
// "Talk to a consultant" shows the contact form; its submission opens a
// handoff whose card goes to the consultants' desk (in serve, the Slack
// channel; in the playground, a simulated desk), marked as coming from a
// visitor on the website. What the handoff tells the visitor (request
// received, who claimed it, the consultant's replies, the end) goes
// through NewUserSide into the session's PushLog and reaches the page
// over /api/events, live or on the visitor's next visit within the
// session TTL. While a consultant has the request, what the visitor types
// goes to them; "end" ends it. Once it is closed, the rating ("Did this
// help?", 1 to 5) is pushed with its buttons (a PushReply: NewUserSide
// is a handoff.ReplyTeller); a button sends its action as a turn, and a
// rating given, clicked or typed, pushes PushRated, which closes the
// buttons on every page of the session, after a reload too. "forget me"
// deletes the conversation, the
// handoff, the pushes and the session. Without a desk (Deps.Handoffs
// nil) the page offers no consultant and says plainly that consultants
// aren't connected.
//
// # Sessions and security
//
// A session is a 256-bit random secret in an HttpOnly cookie: Secure,
// SameSite=None and Partitioned (so it works in the widget's third-party
// iframe), except on a loopback playground over plain HTTP, where browsers
// refuse those and it is SameSite=Lax. Everything else names the session by
// PublicID, a hash of the secret: the conversation key (Platform "web",
// User the public id), store keys, logs. A cookie the Sessions store does
// not know (forged, foreign, expired) gets a fresh session. Cross-origin
// writes are refused (http.CrossOriginProtection); bodies, messages, event
// streams and requests per session and per client address (WEB_RATE,
// WEB_BURST, shared by replicas through the Limiter) are bounded; the page
// runs under a CSP with no inline script or style, framed only by
// WEB_ALLOWED_ORIGINS. User text goes into the page through textContent
// only and never into logs.
//
// The process wiring (listeners, stores, the desk) is in cmd/techleader:
// `techleader web` is a local playground, and WEB_ADDR turns the web
// chat on in `serve`.
package web
