package teamstest

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"encoding/json"
	"math/big"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// DefaultEndorsements are the channels the fake's keys may sign for unless
// a key is added with others.
var DefaultEndorsements = []string{"msteams", "skype"}

// rsaPool caches generated RSA keys across servers of one test binary:
// generating a 2048-bit key is slow, and tests need only a few.
var rsaPool struct {
	sync.Mutex
	keys []*rsa.PrivateKey
}

func rsaKey(i int) *rsa.PrivateKey {
	rsaPool.Lock()
	defer rsaPool.Unlock()
	for len(rsaPool.keys) <= i {
		k, err := rsa.GenerateKey(rand.Reader, 2048)
		if err != nil {
			panic("teamstest: generate RSA key: " + err.Error())
		}
		rsaPool.keys = append(rsaPool.keys, k)
	}
	return rsaPool.keys[i]
}

type signingKey struct {
	kid          string
	priv         *rsa.PrivateKey
	endorsements []string
	published    bool
	cert         []byte // a self-signed certificate, listed in x5c
}

// keyring holds the fake's keys; its own lock, so that signing never
// waits for the server's.
type keyring struct {
	mu      sync.Mutex
	keys    []*signingKey
	current string
	next    int // next rsaPool index
	fetches int // JWKS downloads
	meta    int // metadata downloads
}

func newKeyring() *keyring {
	r := &keyring{}
	k := r.addLocked(DefaultEndorsements, true)
	r.current = k.kid
	return r
}

func (r *keyring) addLocked(endorsements []string, published bool) *signingKey {
	priv := rsaKey(r.next)
	r.next++
	der, _ := x509.MarshalPKIXPublicKey(&priv.PublicKey)
	sum := sha1.Sum(der)
	k := &signingKey{kid: base64.RawURLEncoding.EncodeToString(sum[:]) + "-" + strconv.Itoa(r.next),
		priv: priv, endorsements: append([]string(nil), endorsements...), published: published, cert: selfSigned(priv)}
	r.keys = append(r.keys, k)
	return k
}

func (r *keyring) byID(kid string) *signingKey {
	for _, k := range r.keys {
		if k.kid == kid {
			return k
		}
	}
	return nil
}

// AddKey publishes a new key endorsed for the given channels and returns
// its key id; Deliver signs with it given WithKey. The current key does
// not change.
func (s *Server) AddKey(endorsements ...string) string {
	s.keys.mu.Lock()
	defer s.keys.mu.Unlock()
	return s.keys.addLocked(endorsements, true).kid
}

// UnpublishedKey returns the id of a key the fake signs with but never
// lists in its JWKS (a forger's key, or one not published yet).
func (s *Server) UnpublishedKey() string {
	s.keys.mu.Lock()
	defer s.keys.mu.Unlock()
	for _, k := range s.keys.keys {
		if !k.published {
			return k.kid
		}
	}
	return s.keys.addLocked(DefaultEndorsements, false).kid
}

// RotateKey publishes a new key with the default endorsements, makes it
// the one Deliver signs with, and keeps the old ones listed. It returns
// the new key id.
func (s *Server) RotateKey() string {
	s.keys.mu.Lock()
	defer s.keys.mu.Unlock()
	k := s.keys.addLocked(DefaultEndorsements, true)
	s.keys.current = k.kid
	return k.kid
}

// CurrentKey is the id of the key Deliver signs with by default.
func (s *Server) CurrentKey() string {
	s.keys.mu.Lock()
	defer s.keys.mu.Unlock()
	return s.keys.current
}

// KeyFetches returns how many times the JWKS was downloaded.
func (s *Server) KeyFetches() int {
	s.keys.mu.Lock()
	defer s.keys.mu.Unlock()
	return s.keys.fetches
}

// MetadataFetches returns how many times the OpenID metadata was downloaded.
func (s *Server) MetadataFetches() int {
	s.keys.mu.Lock()
	defer s.keys.mu.Unlock()
	return s.keys.meta
}

func (s *Server) serveMetadata(w http.ResponseWriter, _ *http.Request) {
	s.keys.mu.Lock()
	s.keys.meta++
	s.keys.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]any{
		"issuer":                                Issuer,
		"authorization_endpoint":                "https://invalid.botframework.com",
		"jwks_uri":                              s.hs.URL + "/v1/.well-known/keys",
		"id_token_signing_alg_values_supported": []string{"RS256"},
		"token_endpoint_auth_methods_supported": []string{"private_key_jwt"},
	})
}

// jwk is one key of the JWKS, with the Bot Framework's endorsements.
type jwk struct {
	Kty          string   `json:"kty"`
	Use          string   `json:"use"`
	Kid          string   `json:"kid"`
	X5t          string   `json:"x5t"`
	N            string   `json:"n"`
	E            string   `json:"e"`
	X5c          []string `json:"x5c"`
	Endorsements []string `json:"endorsements"`
}

func (s *Server) serveKeys(w http.ResponseWriter, _ *http.Request) {
	s.keys.mu.Lock()
	s.keys.fetches++
	var keys []jwk
	for _, k := range s.keys.keys {
		if !k.published {
			continue
		}
		sum := sha1.Sum(k.cert)
		pub := k.priv.PublicKey
		keys = append(keys, jwk{
			Kty: "RSA", Use: "sig", Kid: k.kid, X5t: base64.RawURLEncoding.EncodeToString(sum[:]),
			N:   base64.RawURLEncoding.EncodeToString(pub.N.Bytes()),
			E:   base64.RawURLEncoding.EncodeToString(big.NewInt(int64(pub.E)).Bytes()),
			X5c: []string{base64.StdEncoding.EncodeToString(k.cert)}, Endorsements: k.endorsements,
		})
	}
	s.keys.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]any{"keys": keys})
}

// selfSigned makes a certificate for the key, as the real JWKS lists one
// in x5c.
func selfSigned(priv *rsa.PrivateKey) []byte {
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "teamstest.botframework.invalid"},
		NotBefore:    time.Unix(1700000000, 0),
		NotAfter:     time.Unix(1700000000, 0).AddDate(10, 0, 0),
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &priv.PublicKey, priv)
	if err != nil {
		panic("teamstest: certificate: " + err.Error())
	}
	return der
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
