package conversation

import "testing"

// TestRound26bBuildingAfterTrade: a description that begins on the
// trade and then tells an app being built by its subject ("We make
// school uniforms ... and we are building an app where parents order")
// fills no products answer: owners of a trade answer such an app core
// or planned alike. One that opens on the build, or settles it as the
// business's own line, still fills core. 4 of 5 failed first (all filled
// core).
func TestRound26bBuildingAfterTrade(t *testing.T) {
	checkFills(t, []fillCase{
		{"We bake bread for 40 cafés in Leeds, and we are building an app where cafés order their loaves.", qProducts, ""},
		{"My uncle runs the tile shop. I came back last year and we are developing an app so builders can order samples.", qProducts, ""},
		{"We are a laundry with 3 vans. We're building a pickup app for students.", qProducts, ""},
		{"Our dairy supplies 200 shops, and we are building an app for the shops to reorder milk.", qProducts, ""},
		{"We run two hotels by the lake. I'm developing a booking app for the guests.", qProducts, ""},
		// Kept.
		{"We're building a delivery routing app, 16 people, seed funded.", qProducts, "core"},
		{"We bake bread, and we are building our own ordering app, the core of our plan now.", qProducts, "core"},
		{"We run a bakery. We build our own ordering app for other bakeries.", qProducts, "core"},
		{"Five of us, building a scheduling platform for dentists.", qProducts, "core"},
	})
}
