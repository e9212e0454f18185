package cn.gov.yongzhou.qingfeng.shared.audit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keycloak's failed sign-ins into the security log, read from its admin events API with the app's client
 * credentials. Here the OIDC test server stands in for Keycloak's events API with two events as Keycloak 26 writes
 * them; {@code KeycloakSignInTest} reads a real Keycloak's.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ProviderSignInEventsTest {

    @OidcWireMock
    WireMockServer server;

    @Inject
    ProviderSignInEvents events;

    @Inject
    EntityManager em;

    static final String EVENTS = """
            [{"id":"e1c1a6a0-0001","time":%d,"type":"LOGIN_ERROR","realmId":"r","clientId":"qingfeng",
              "userId":"0b6d-user-gongan","ipAddress":"198.51.100.23","error":"invalid_user_credentials",
              "details":{"auth_method":"openid-connect","username":"gongan"}},
             {"id":"e1c1a6a0-0002","time":%d,"type":"LOGIN_ERROR","realmId":"r","clientId":"qingfeng",
              "ipAddress":"198.51.100.23","error":"user_not_found",
              "details":{"auth_method":"openid-connect","username":"my-secret-password"}}]""";

    @Test
    void shouldCopyKeycloaksFailedSignInsIntoTheSecurityLogOnce() throws Exception {
        long now = System.currentTimeMillis();
        server.stubFor(get(urlPathEqualTo("/auth/admin/realms/quarkus/events"))
                .withQueryParam("type", equalTo("LOGIN_ERROR"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(EVENTS.formatted(now - 2000, now - 1000))));

        assertEquals(2, events.copy());
        assertEquals(0, events.copy(), "each event is stored once");

        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select actor, address, detail from security_event
                where kind = 'SIGN_IN_FAILED' and source_id like 'keycloak:e1c1a6a0-%' order by source_id""")
                .getResultList();
        assertEquals(2, rows.size());
        assertEquals("gongan", rows.get(0)[0], "the account whose password was wrong");
        assertEquals("198.51.100.x", rows.get(0)[1], "the network, not the address");
        assertTrue(rows.get(0)[2].toString().contains("invalid_user_credentials"), rows.get(0)[2].toString());
        assertNull(rows.get(1)[0], "a name typed for no account is not kept: it may be a password");
        assertTrue(rows.get(1)[2].toString().contains("user_not_found"));
        server.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/auth/admin/realms/quarkus/events")).withHeader("Authorization",
                        com.github.tomakehurst.wiremock.client.WireMock.matching("Bearer .+")));
    }
}
