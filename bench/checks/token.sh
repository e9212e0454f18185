# bench/checks/token.sh — sourced: an intake-client bearer token for the packaged app without Keycloak.
# A throw-away RSA key signs an RS256 JWT; the app started with APP_JAVA_OPTS=$API_JAVA_OPTS verifies the API tenant's
# tokens with that key alone (quarkus.oidc.api.public-key, no auth-server-url for that tenant), so /api/v1/reports can be scanned behind its token.
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
make_intake_token() {
  local dir=$1 now; now=$(date +%s)
  [ -f "$dir/jwt-key.pem" ] || openssl genrsa -out "$dir/jwt-key.pem" 2048 2>/dev/null
  API_PUBLIC_KEY=$(openssl rsa -in "$dir/jwt-key.pem" -pubout -outform DER 2>/dev/null | openssl base64 -A)
  local head body
  head=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
  body=$(printf '{"sub":"hotline-12345","upn":"hotline-12345","preferred_username":"hotline-12345","groups":["intake-client"],"iat":%s,"exp":%s}' \
    "$now" "$((now + 4 * 3600))" | b64url)
  INTAKE_TOKEN="$head.$body.$(printf '%s' "$head.$body" | openssl dgst -sha256 -sign "$dir/jwt-key.pem" -binary | b64url)"
  API_JAVA_OPTS="-Dquarkus.oidc.api.public-key=$API_PUBLIC_KEY -D%prod.quarkus.oidc.api.auth-server-url="
}
