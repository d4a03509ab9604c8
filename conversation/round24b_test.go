package conversation

import "testing"

// round24bLittleWorryNoun: a low degree told of the worry noun itself
// ("not much worry", "not a lot of concern") is the lowest option: the
// "not" belongs to the degree, not to the worry word after it.
// 6 of 6 failed first (4 read the middle, 2 asked low or high).
var round24bLittleWorryNoun = []readingCase{
	{qSecurity, "not much worry, we sell firewood", "low"},
	{qSecurity, "Not much concern. Nobody wants our bread recipes.", "low"},
	{qSecurity, "not a lot of worry about it, to be honest", "low"},
	{qSecurity, "not much of a concern for a dog groomer", "low"},
	{qSecurity, "honestly not a great deal of concern", "low"},
	{qSecurity, "not much of a worry for us", "low"},
}

// round24bLittleWorryNounKept must keep their reading: the worry told
// before a "but" limits it to the middle, a worry denied to be small is
// a lot, and a worry growing is the middle.
var round24bLittleWorryNounKept = []readingCase{
	{qSecurity, "it's a worry, but not a huge one", "~medium"},
	{qSecurity, "not a small worry, we hold patient records", "high"},
	{qSecurity, "not too worried", "low"},
	{qSecurity, "more than before", "medium"},
	{qSecurity, "very little concern", "low"},
}

func TestRound24bLittleWorryNoun(t *testing.T) {
	checkReadings(t, rulesReading, false, round24bLittleWorryNoun, round24bLittleWorryNounKept)
}

// round24bNeitherEndDenied: both ends of the scale denied side by side
// ("not a lot, not nothing", "not zero but not huge") is the middle, not
// the lowest option the first "not a lot" alone would read.
// 3 of 5 failed first (all read the lowest option).
var round24bNeitherEndDenied = []readingCase{
	{qSecurity, "not a lot, not nothing", "~medium"},
	{qSecurity, "not nothing, but not a lot either", "~medium"},
	{qSecurity, "Not zero, not huge. Somewhere between.", "~medium"},
	{qInnovation, "not a lot, but not nothing", "~some"},
	{qInnovation, "not none, not much", "~some"},
}

// round24bNeitherEndDeniedKept must keep their reading: one end denied
// alone, or "not nothing" that only says it is some.
var round24bNeitherEndDeniedKept = []readingCase{
	{qSecurity, "not a lot", "low"},
	{qSecurity, "not much, nothing worth stealing", "low"},
	{qInnovation, "not a lot, we're a chip shop", "no"},
}

func TestRound24bNeitherEndDenied(t *testing.T) {
	checkReadings(t, rulesReading, false, round24bNeitherEndDenied, round24bNeitherEndDeniedKept)
}

// round24bWithoutProductNothing: the business told as nothing without
// its own product ("without our app we'd be nothing") is a product core
// to it; "without" negates no product here. 4 of 4 failed first (3 read
// no, 1 asked no or core).
var round24bWithoutProductNothing = []readingCase{
	{qProducts, "Totally. Without our app we would just be a call centre.", "core"},
	{qProducts, "without the platform we'd have no business at all", "core"},
	{qProducts, "completely, without our software there is no company", "core"},
	{qProducts, "Without our sensors we'd be an empty warehouse with a logo.", "core"},
}

// round24bWithoutProductNothingKept must keep their reading: doing
// without any product of one's own, or a product yet to come.
var round24bWithoutProductNothingKept = []readingCase{
	{qProducts, "we do fine without any product of our own", "no"},
	{qProducts, "no, we manage without software of our own", "no"},
	{qProducts, "not yet, but we plan an app next year", "planned"},
}

func TestRound24bWithoutProductNothing(t *testing.T) {
	checkReadings(t, rulesReading, false, round24bWithoutProductNothing, round24bWithoutProductNothingKept)
}

// round24bBudgetBareNo: a budget answer that opens or closes on a bare
// no, the rest only its reason ("No. Cash is tight", "With prices like
// these? No."): the no is the answer; "tight" or "budget" in the reason
// is no second option. 6 of 7 failed first (3 asked between two, 2
// after a question-marked reason were taken for a question back).
var round24bBudgetBareNo = []readingCase{
	{qBudget, "No. Money's tight and the bank wants its loan back.", "no"},
	{qBudget, "Nope, the budget is one laptop and a kettle.", "no"},
	{qBudget, "With rents like these? No.", "no"},
	{qBudget, "After the flood we had this spring? Nope.", "no"},
	{qBudget, "no, funds are tight since the grant ended", "no"},
	{qBudget, "Nah. The budget goes on feed and diesel.", "no"},
	{qBudget, "On our margins? No.", "no"},
}

// round24bBudgetBareNoKept must keep their reading: a no turned by what
// follows, or a yes.
var round24bBudgetBareNoKept = []readingCase{
	{qBudget, "no, but we could stretch to part-time", "?"},
	{qBudget, "No. Well, maybe if the council contract comes in.", "?"},
	{qBudget, "yes, no problem at all", "yes"},
	{qBudget, "no, it's in the budget already", "?"},
}

func TestRound24bBudgetBareNo(t *testing.T) {
	checkReadings(t, rulesReading, false, round24bBudgetBareNo)
	checkReadings(t, rulesReading, true, round24bBudgetBareNoKept)
}

// round24bLeadLost: a lead over rivals told as past and gone ("we were
// ahead 5 years ago, not anymore", "we used to lead but we've slipped
// back") is falling behind now. 5 of 5 failed first (4 asked again,
// 1 asked between yes and not sure).
var round24bLeadLost = []readingCase{
	{qCompetitors, "we were ahead of the other garages once, not any more", "yes"},
	{qCompetitors, "used to lead the pack, but we've slipped back since", "yes"},
	{qCompetitors, "we were first with online booking ten years ago; not anymore", "yes"},
	{qCompetitors, "Once we were ahead. Not these days.", "yes"},
	{qCompetitors, "yes, we used to be in front but we've dropped back", "yes"},
}

// round24bLeadLostKept must keep their reading: a lag told as past and
// gone, or a lead that still holds.
var round24bLeadLostKept = []readingCase{
	{qCompetitors, "we used to be behind but we've caught up", "no"},
	{qCompetitors, "we were ahead and we still are", "no"},
	{qCompetitors, "they used to be ahead of us, not anymore", "~no"},
}

func TestRound24bLeadLost(t *testing.T) {
	checkReadings(t, rulesReading, false, round24bLeadLost, round24bLeadLostKept)
}

// round24bProductNotOurs: the tech an owner uses told as someone else's
// ("Nothing of our own", "it's their product, not ours") is no product
// of theirs, whatever "app" or "product" says alone. 3 of 5 failed
// first (2 asked between no and planned, 1 read core).
var round24bProductNotOurs = []readingCase{
	{qProducts, "We use Shopify and Xero. Nothing of our own.", "no"},
	{qProducts, "we resell the supplier's app, but it's their product, not ours", "no"},
	{qProducts, "The booking platform is the council's, not ours.", "no"},
	{qProducts, "we take orders through an app, but it is theirs, not ours", "no"},
	{qProducts, "Just Instagram and a Wix site, none of our own.", "no"},
}

// round24bProductNotOursKept must keep their reading: our own product,
// or one planned.
var round24bProductNotOursKept = []readingCase{
	{qProducts, "we use Shopify now, but we're building our own app next year", "~planned"},
	{qProducts, "it's our product, not theirs", "core"},
	{qProducts, "the app is ours, we built it", "core"},
}

func TestRound24bProductNotOurs(t *testing.T) {
	checkReadings(t, rulesReading, false, round24bProductNotOurs, round24bProductNotOursKept)
}

// round24bNotOnWorryList: cyber risk told as off the owner's list of
// worries ("it's not on my list of worries, the hurricanes are") is the
// lowest option: the worry word there names the list, not a worry.
// 3 of 4 failed first (all read a lot).
var round24bNotOnWorryList = []readingCase{
	{qSecurity, "cyber isn't on our list of worries, the rent is", "low"},
	{qSecurity, "not on my list of concerns right now", "low"},
	{qSecurity, "honestly it's not on the worry list, staffing is", "low"},
	{qSecurity, "it doesn't make my list of worries", "low"},
}

// round24bNotOnWorryListKept must keep their reading: on the list, near
// its top, or not at its top.
var round24bNotOnWorryListKept = []readingCase{
	{qSecurity, "it's near the top of our list of worries", "high"},
	{qSecurity, "it's on our radar", "medium"},
	{qSecurity, "not on my radar", "low"},
}

func TestRound24bNotOnWorryList(t *testing.T) {
	checkReadings(t, rulesReading, false, round24bNotOnWorryList, round24bNotOnWorryListKept)
}

// round24bWorryShortOfSleepless: a worry owned and then kept short of
// the sleepless extreme ("it's a concern but it doesn't keep me up at
// night") is the middle, as "a worry, but not a huge one" is.
// 3 of 4 failed first (all asked again).
var round24bWorryShortOfSleepless = []readingCase{
	{qSecurity, "we worry about it, but it doesn't keep me awake", "medium"},
	{qSecurity, "a concern, yes, but not one that keeps me up at night", "medium"},
	{qSecurity, "It concerns me, though it doesn't keep me awake at night.", "medium"},
	{qSecurity, "it worries me a bit but I'm not losing sleep over it", "medium"},
}

// round24bWorryShortOfSleeplessKept must keep their reading: the
// extreme denied alone, or owned.
var round24bWorryShortOfSleeplessKept = []readingCase{
	{qSecurity, "doesn't keep me up at night", "low"},
	{qSecurity, "it keeps me up at night", "high"},
	{qSecurity, "it's on my mind, but I don't lose sleep over it", "medium"},
}

func TestRound24bWorryShortOfSleepless(t *testing.T) {
	checkReadings(t, rulesReading, false, round24bWorryShortOfSleepless, round24bWorryShortOfSleeplessKept)
}

// round24bFirstNotFussed: being first told as no care of the owner's
// ("not fussed about being first", "not bothered about leading") is no
// wish to lead with innovation. 4 of 4 failed first (3 asked again, 1
// read somewhat).
var round24bFirstNotFussed = []readingCase{
	{qInnovation, "not bothered about being first", "no"},
	{qInnovation, "we're not fussed about leading, we just want it to work", "no"},
	{qInnovation, "I'm not bothered about being ahead of anyone", "no"},
	{qInnovation, "not too fussed about being the first to try things", "no"},
}

// round24bFirstNotFussedKept must keep their reading: being first
// wanted, or a care denied of something else.
var round24bFirstNotFussedKept = []readingCase{
	{qInnovation, "we want to be first", "yes"},
	{qInnovation, "not first, not last", "some"},
	{qInnovation, "not fussed about being first, but we try new kit once it's proven", "~some"},
}

func TestRound24bFirstNotFussed(t *testing.T) {
	checkReadings(t, rulesReading, false, round24bFirstNotFussed, round24bFirstNotFussedKept)
}

// round24bOthersWorryNotMine: a worry told of someone else and denied
// of the owner ("the bank worries, we don't") is the owner's answer: the
// lowest option, not the worry word. 4 of 4 failed first (all read a
// lot, silently). A reporter the own-view reader weighs ("my wife
// worries about it, I don't") stays asked again between the two, as
// round21bOwnView wants: it is a guard here.
var round24bOthersWorryNotMine = []readingCase{
	{qSecurity, "the bank worries, we don't", "low"},
	{qSecurity, "the landlord worries about hackers. We don't.", "low"},
	{qSecurity, "the insurers are worried, I'm not", "low"},
	{qSecurity, "Our IT lad worries. I don't, I sell potatoes.", "low"},
}

// round24bOthersWorryNotMineKept must keep their reading: the worry
// shared, or the owner's own.
var round24bOthersWorryNotMineKept = []readingCase{
	{qSecurity, "my son worries and so do I", "high"},
	{qSecurity, "my wife worries about it, I don't", "?"},
	{qSecurity, "I worry about it a lot", "high"},
}

func TestRound24bOthersWorryNotMine(t *testing.T) {
	checkReadings(t, rulesReading, false, round24bOthersWorryNotMine, round24bOthersWorryNotMineKept)
}

// round24bKeyWords: plain words for an option the keys lacked: rivals
// "at parity" (we keep up), innovation "in moderation" (somewhat).
// 6 of 6 failed first (5 asked again, 1 read not sure).
var round24bKeyWords = []readingCase{
	{qCompetitors, "we're at parity with them", "no"},
	{qCompetitors, "parity, more or less", "no"},
	{qCompetitors, "about parity with the other dealers", "no"},
	{qInnovation, "new tech in moderation", "some"},
	{qInnovation, "in moderation, like everything", "some"},
	{qInnovation, "everything in moderation", "some"},
}

// round24bKeyWordsKept must keep their reading.
var round24bKeyWordsKept = []readingCase{
	{qCompetitors, "we're roughly level", "no"},
	{qInnovation, "moderately", "some"},
}

func TestRound24bKeyWords(t *testing.T) {
	checkReadings(t, rulesReading, false, round24bKeyWords, round24bKeyWordsKept)
}

// round24bNonePlanned: "none planned" after a no ("No, and none
// planned", "nope, none planned either") denies a plan too: no product,
// not a planned one. 4 of 5 failed first (all read planned, silently).
var round24bNonePlanned = []readingCase{
	{qProducts, "nope, none planned either", "no"},
	{qProducts, "No. None planned.", "no"},
	{qProducts, "nothing like that, and none planned", "no"},
	{qProducts, "none at all, none planned", "no"},
	{qProducts, "no apps, none planned", "no"},
}

// round24bNonePlannedKept must keep their reading: a plan told, or
// nothing planned said already.
var round24bNonePlannedKept = []readingCase{
	{qProducts, "no, and nothing planned", "no"},
	{qProducts, "none yet, but one is planned for next year", "~planned"},
	{qProducts, "we're sketching out a booking app, nothing built yet", "planned"},
}

func TestRound24bNonePlanned(t *testing.T) {
	checkReadings(t, rulesReading, false, round24bNonePlanned, round24bNonePlannedKept)
}

// round24bCouldNotEasily: a budget said to be there and then "not
// easily" ("we could, though not easily", "yes, but not easily") is the
// tight middle: the "not" lowers the yes, it does not deny it.
// 3 of 5 failed first (2 read no, silently; "yes, but not easily" asked
// between no and yes, and now asks between yes and maybe: its opening
// yes is weighed against the rest, so "~maybe").
var round24bCouldNotEasily = []readingCase{
	{qBudget, "we could, though not easily", "maybe"},
	{qBudget, "we could afford it, but not easily", "maybe"},
	{qBudget, "yes, but not easily", "~maybe"},
	{qBudget, "we can pay for one, though not easily", "maybe"},
	{qBudget, "I suppose we could manage it, but not easily", "maybe"},
}

// round24bCouldNotEasilyKept must keep their reading: "not easily"
// alone, a can't, or an easy yes.
var round24bCouldNotEasilyKept = []readingCase{
	{qBudget, "not easily", "no"},
	{qBudget, "we couldn't, not easily", "no"},
	{qBudget, "we could, easily", "yes"},
	{qBudget, "we can, but not comfortably", "maybe"},
}

func TestRound24bCouldNotEasily(t *testing.T) {
	checkReadings(t, rulesReading, false, round24bCouldNotEasily, round24bCouldNotEasilyKept)
}

// round24bNoInformation: rivals' technology told as unknown for want
// of information ("We have no information", "no data on them") is not
// sure: the "no" denies the information, not the rivals' lead.
// 4 of 4 failed first (all asked again). The tuned row "Could be, could
// not be. We have no information." still asks between not sure and no:
// its unused "could not be" is weighed as a no.
var round24bNoInformation = []readingCase{
	{qCompetitors, "we have no information on that", "unsure"},
	{qCompetitors, "no info on what they're doing", "unsure"},
	{qCompetitors, "no data on them, honestly", "unsure"},
	{qCompetitors, "Could be. We have no information.", "unsure"},
}

// round24bNoInformationKept must keep their reading.
var round24bNoInformationKept = []readingCase{
	{qCompetitors, "no, we keep up", "no"},
	{qCompetitors, "no idea", "unsure"},
	{qCompetitors, "they have data on every customer and we don't", "yes"},
}

func TestRound24bNoInformation(t *testing.T) {
	checkReadings(t, rulesReading, false, round24bNoInformation, round24bNoInformationKept)
}

// round24bInnovationNotSoon: leading with innovation put off for years
// ("not this year or next", "not anytime soon") is not a priority now.
// 3 of 4 failed first (all asked again).
var round24bInnovationNotSoon = []readingCase{
	{qInnovation, "not anytime soon", "no"},
	{qInnovation, "not this year or next, anyway", "no"},
	{qInnovation, "not in the next couple of years", "no"},
	{qInnovation, "no, not for years yet", "no"},
}

// round24bInnovationNotSoonKept must keep their reading.
var round24bInnovationNotSoonKept = []readingCase{
	{qInnovation, "not for now", "no"},
	{qInnovation, "not first, not last", "some"},
	{qInnovation, "yes, it's central this year", "yes"},
}

func TestRound24bInnovationNotSoon(t *testing.T) {
	checkReadings(t, rulesReading, false, round24bInnovationNotSoon, round24bInnovationNotSoonKept)
}

// round24bYaAsYou: "ya" after a verb of telling ("couldn't tell ya") is
// "you", not a yes: the answer is the "couldn't tell". 2 of 4 failed
// first (1 read yes silently, 1 asked between not sure and yes).
var round24bYaAsYou = []readingCase{
	{qCompetitors, "can't tell ya, mate", "unsure"},
	{qCompetitors, "honestly couldn't tell ya", "unsure"},
	{qCompetitors, "I couldn't say, to be straight with ya", "unsure"},
	{qBudget, "I'll be honest with ya, no", "no"},
}

// round24bYaAsYouKept: "ya" that opens an answer stays a yes.
var round24bYaAsYouKept = []readingCase{
	{qCompetitors, "ya, they're ahead of us", "yes"},
	{qBudget, "ya, we can afford it", "yes"},
}

func TestRound24bYaAsYou(t *testing.T) {
	checkReadings(t, rulesReading, false, round24bYaAsYou, round24bYaAsYouKept)
}

// round24bNotAFuture: "like" as a filler ("that's like 60 percent of
// revenue") and "day" in "same day" or "every day" date no plan: a
// product told with them is the firm's own, not one planned.
// 5 of 5 failed first (4 read planned, silently; the GPS collars asked
// again, and still do: "collars" and "tracking" name no technology the
// reader knows, another gap, so it only checks for a re-ask here).
var round24bNotAFuture = []readingCase{
	{qProducts, "yes, we built our own next day courier app, it's the whole business", "core"},
	{qProducts, "we make GPS collars for cattle and sell the tracking, that's like 70 percent of our turnover", "?"},
	{qProducts, "our own booking app, like half our sales come through it", "core"},
	{qProducts, "we run our own same-day grocery platform", "core"},
	{qProducts, "we sell the software we built, 200 clinics use it every day", "core"},
}

// round24bNotAFutureKept must keep their reading: a wish ("we'd like
// to") or "one day" still dates a plan.
var round24bNotAFutureKept = []readingCase{
	{qProducts, "we'd like to build an app one day", "planned"},
	{qProducts, "I would really like to build a customer portal", "planned"},
	{qProducts, "maybe one day", "planned"},
}

func TestRound24bNotAFuture(t *testing.T) {
	checkReadings(t, rulesReading, false, round24bNotAFuture, round24bNotAFutureKept)
}

// round24bNotABank: sensitive data owned and the worry then bounded by
// "but we're not a bank" ("we have the students' data so we think about
// it, but we are not a bank") is the middle: the data raises it, the
// comparison keeps it short of the top. 4 of 4 failed first (3 asked
// again, 1 read a lot).
var round24bNotABank = []readingCase{
	{qSecurity, "we keep card details so we're careful, but we're not a bank", "medium"},
	{qSecurity, "we hold patients' records, so it matters, but it's not like we're a bank", "medium"},
	{qSecurity, "There's client data to protect. Still, we are not a bank.", "medium"},
	{qSecurity, "we have the members' addresses so we think about it, but we are no bank", "medium"},
}

// round24bNotABankKept must keep their reading: "not a bank" alone
// with nothing to protect, or data told without the comparison.
var round24bNotABankKept = []readingCase{
	{qSecurity, "we hold patient data, a breach would finish us", "high"},
	{qSecurity, "not much, we're not a bank", "low"},
}

func TestRound24bNotABank(t *testing.T) {
	checkReadings(t, rulesReading, false, round24bNotABank, round24bNotABankKept)
}
