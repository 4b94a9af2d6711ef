package org.shopchat.bot.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, ADMIN manages accounts on /console/accounts: create (BCrypt, password rules), change roles, disable and
 * enable, reset a password; every change is in the audit log; agents and editors get 403. The rules about one's
 * own and the last ADMIN role are specified in ConsoleAccountsTests (handoff-console).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:org/shopchat/bot/escalation/always-open.properties")
class AccountAdministrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminCreatesAnAccountThatSignsInWithItsPasswordStoredAsABcryptHash() throws Exception {
        StaffBrowser admin = StaffBrowser.signedIn(port, "admin", "admin-demo");
        assertThat(create(admin, "new.agent", "Nia", "first-pass-42", "AGENT").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/console/accounts"));
        assertThat(admin.get("/console/accounts").body()).contains("Account new.agent created with AGENT.")
                .contains("data-account=\"new.agent\"").doesNotContain("$2a$").doesNotContain("first-pass-42");
        assertThat(jdbc.queryForObject("select password_hash from console_account where username = 'new.agent'",
                String.class)).startsWith("$2").doesNotContain("first-pass-42");

        StaffBrowser agent = StaffBrowser.signedIn(port, "new.agent", "first-pass-42");
        assertThat(agent.get("/console").statusCode()).isEqualTo(200);
    }

    @Test
    void aWeakPasswordOrAnUnknownRoleIsRefusedWithTheRuleAndNothingIsCreated() throws Exception {
        StaffBrowser admin = StaffBrowser.signedIn(port, "admin", "admin-demo");
        create(admin, "weak.one", "Weak", "short1", "AGENT");
        assertThat(admin.get("/console/accounts").body()).contains("Not done: a password has at least 10 characters.");
        create(admin, "weak.two", "Weak", "long-enough-1", "ROOT");
        assertThat(admin.get("/console/accounts").body()).contains("Not done: there is no role like that");
        assertThat(jdbc.queryForObject("select count(*) from console_account where username like 'weak.%'", Long.class))
                .isZero();
    }

    @Test
    void anAdminChangesRolesDisablesEnablesAndResetsAPassword() throws Exception {
        StaffBrowser admin = StaffBrowser.signedIn(port, "admin", "admin-demo");
        create(admin, "mover", "Mo", "mover-pass-1", "EDITOR");
        assertThat(StaffBrowser.signedIn(port, "mover", "mover-pass-1").get("/console").statusCode())
                .as("an editor is kept out of the agents' queue").isEqualTo(403);

        admin.submit("/console/accounts", "/console/accounts/mover/roles", Map.of("roles", "AGENT"));
        assertThat(StaffBrowser.signedIn(port, "mover", "mover-pass-1").get("/console").statusCode()).isEqualTo(200);

        admin.submit("/console/accounts", "/console/accounts/mover/enabled", Map.of("enabled", "false"));
        assertThat(new StaffBrowser(port).login("mover", "mover-pass-1").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        admin.submit("/console/accounts", "/console/accounts/mover/enabled", Map.of("enabled", "true"));

        admin.submit("/console/accounts", "/console/accounts/mover/password", Map.of("password", "second-pass-2"));
        assertThat(new StaffBrowser(port).login("mover", "mover-pass-1").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(StaffBrowser.signedIn(port, "mover", "second-pass-2").get("/console").statusCode()).isEqualTo(200);

        String audit = admin.get("/console/audit").body();
        assertThat(audit).contains("account: create account mover roles EDITOR")
                .contains("account: roles of mover set to AGENT")
                .contains("account: disable mover").contains("account: enable mover")
                .contains("account: reset password of mover")
                .doesNotContain("second-pass-2").doesNotContain("mover-pass-1");
    }

    @Test
    void anAdminCannotTakeTheAdminRoleFromThemselvesAndTheRefusalIsAudited() throws Exception {
        StaffBrowser admin = StaffBrowser.signedIn(port, "admin", "admin-demo");
        admin.submit("/console/accounts", "/console/accounts/admin/roles", Map.of("roles", "AGENT"));
        assertThat(admin.get("/console/accounts").body()).contains("you cannot take the ADMIN role from yourself");
        admin.submit("/console/accounts", "/console/accounts/admin/enabled", Map.of("enabled", "false"));
        assertThat(admin.get("/console/accounts").body()).contains("you cannot disable your own account");
        assertThat(jdbc.queryForObject("select roles from console_account where username = 'admin'", String.class))
                .contains("ADMIN");
        assertThat(jdbc.queryForObject("select enabled from console_account where username = 'admin'", Boolean.class))
                .isTrue();
        assertThat(admin.get("/console/audit").body()).contains("account: roles of admin set to AGENT")
                .contains("refused");
    }

    @Test
    void agentsAndEditorsCannotOpenOrChangeTheAccounts() throws Exception {
        for (String[] user : new String[][] {{"agent1", "agent1-demo"}, {"editor", "editor-demo"}}) {
            StaffBrowser staff = StaffBrowser.signedIn(port, user[0], user[1]);
            String token = staff.csrfFrom(user[0].equals("editor") ? "/console/editor" : "/console");
            assertThat(staff.get("/console/accounts").statusCode()).as(user[0]).isEqualTo(403);
            assertThat(staff.post("/console/accounts", Map.of("username", "sneaky", "displayName", "S",
                    "password", "sneaky-pass-1", "roles", "ADMIN", "_csrf", token)).statusCode()).as(user[0]).isEqualTo(403);
            assertThat(staff.post("/console/accounts/" + user[0] + "/roles", Map.of("roles", "ADMIN", "_csrf", token))
                    .statusCode()).as(user[0]).isEqualTo(403);
        }
        assertThat(new StaffBrowser(port).get("/console/accounts").statusCode()).as("anonymous").isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from console_account where username = 'sneaky'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select roles from console_account where username = 'agent1'", String.class))
                .isEqualTo("AGENT");
    }

    @Test
    void theSignedInConsoleCarriesItsContentSecurityPolicyWithoutFraming() throws Exception {
        StaffBrowser admin = StaffBrowser.signedIn(port, "admin", "admin-demo");
        for (String page : new String[] {"/console", "/console/accounts", "/console/audit"}) {
            HttpResponse<String> response = admin.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(page).hasValueSatisfying(csp ->
                    assertThat(csp).contains("script-src 'self'").contains("object-src 'none'")
                            .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        }
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsForbidden() throws Exception {
        StaffBrowser admin = StaffBrowser.signedIn(port, "admin", "admin-demo");
        assertThat(admin.post("/console/accounts", Map.of("username", "no.token", "displayName", "N",
                "password", "no-token-pass-1", "roles", "AGENT")).statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from console_account where username = 'no.token'", Long.class))
                .isZero();
    }

    private static HttpResponse<String> create(StaffBrowser admin, String username, String name, String password,
                                               String role) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("displayName", name);
        form.put("password", password);
        form.put("roles", role);
        return admin.submit("/console/accounts", "/console/accounts", form);
    }
}
