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
// The server takes what it needs through small interfaces defined here:
// Engine (*conversation.Engine), HandoffStarter, PushLog, Limiter,
// Sessions and Metrics. memweb implements the stores in memory and
// redisweb in Redis (single, Sentinel or Cluster); webtest's contract
// suites check both, and has recording doubles for the rest.
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
// # What comes next
//
// This package does not depend on the front-end-neutral core yet. When it
// lands, the web front end is finished by:
//   - a Surface implementation for the core's reply policy (Converse): a
//     turn collects what Converse shows, updates (an answered question) and
//     tells privately into the TurnResponse, and "forget" also deletes the
//     session's push log and session (PushLog.Delete, Sessions.Delete);
//     while a consultant talks with the user, typed text is relayed to the
//     consultant instead of going to the engine;
//   - the handoff Service behind HandoffStarter (cards marked as coming
//     from the website, to the consultants' Slack desk) and the Service's
//     user-side port for web users: PushLog.Append of consultant messages,
//     reminders and notes, which reach the page over /api/events;
//   - `techleader web` (a local playground on WEB_ADDR, default
//     127.0.0.1:8090, in memory unless REDIS_URL is set) and WEB_ADDR in
//     `serve`, a listener of its own apart from HTTP_ADDR, calling
//     Server.Close before shutdown;
//   - Metrics on /metrics (bot/observe), and the README's "try it" line
//     with the screenshots in testdata/screenshots.
package web
