package conversation

import (
	"strconv"
	"strings"
)

// An ops answer may name a web presence and then put most of the selling
// off the computer ("there's a website but 90% of sales are cash at
// markets"): the web words read complete reliance, the share says
// little.

// saleShareNouns are what a share of the business counts: "90% of sales".
var saleShareNouns = wordSet("sales", "takings", "revenue", "orders", "customers", "business", "turnover", "income",
	"trade", "money")

// offlineSaleWays are ways of selling off the computer: cash, in person,
// at markets, fairs and stalls.
var offlineSaleWays = wordSet("cash", "pop", "popup", "popups", "market", "markets", "fair", "fairs", "stall",
	"stalls", "counter", "booth", "booths", "face", "walkins", "walk")

// onlineSaleWords in the share's words put it on the computer after all.
var onlineSaleWords = wordSet("online", "website", "web", "internet", "app", "apps", "email", "emails", "shopify",
	"etsy", "amazon", "ebay", "card", "cards", "digital")

// stoppedWithoutWords tell the firm stopped without IT, which a cash share does not
// undo: "80% cash, but we can't work without the till system".
var stoppedWithoutWords = wordSet("without", "down", "stop", "stops", "crash", "crashes", "offline")

// mostSalesOffline reports most of the selling told as off the computer:
// a share of at least sixty percent, or "most", "almost all", "the
// bulk", of the sales, by cash, in person or at markets.
func mostSalesOffline(w []string) bool {
	if hasAny(w, stoppedWithoutWords) {
		return false
	}
	for i := range w {
		if !mostShare(w, i) {
			continue
		}
		near := w[i+1 : min(len(w), i+5)]
		span := w[i+1 : min(len(w), i+11)]
		if hasAny(near, saleShareNouns) && offlineWay(span) && !hasAny(span, onlineSaleWords) && !hasAny(span, itNouns) {
			return true
		}
	}
	return false
}

// mostShare reports a share of most of something at w[i]: "90%",
// "most", "the bulk", "almost all".
func mostShare(w []string, i int) bool {
	if p, ok := strings.CutSuffix(w[i], "%"); ok {
		n, err := strconv.Atoi(p)
		return err == nil && n >= 60 && n <= 100
	}
	switch w[i] {
	case "most", "bulk", "majority":
		return true
	case "all":
		return i > 0 && (w[i-1] == "almost" || w[i-1] == "nearly")
	}
	return false
}

// offlineWay reports a way of selling off the computer in w: "cash",
// "at fairs", "in person", "face to face".
func offlineWay(w []string) bool {
	for i, t := range w {
		if offlineSaleWays[t] || t == "person" && i > 0 && w[i-1] == "in" {
			return true
		}
	}
	return false
}
