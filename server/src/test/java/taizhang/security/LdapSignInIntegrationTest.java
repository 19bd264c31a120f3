package taizhang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFException;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.PageRequests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sign-in form bound against an LDAP directory (in memory): groups map to roles, a
 * department to the organisation; a user the directory disables or removes is out on its next
 * request; group changes apply at the next sign-in and are audited; local passwords still work.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class LdapSignInIntegrationTest {

    private static final String BASE = "dc=example,dc=org";
    private static final InMemoryDirectoryServer DIRECTORY = directory();

    private static InMemoryDirectoryServer directory() {
        try {
            var config = new InMemoryDirectoryServerConfig(BASE);
            config.addAdditionalBindCredentials("cn=reader," + BASE, "reader-secret");
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
            // No schema checks: a group may lose its last member, as groups in a real directory do.
            config.setSchema(null);
            var server = new InMemoryDirectoryServer(config);
            server.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: example");
            server.add("dn: ou=people," + BASE, "objectClass: organizationalUnit", "ou: people");
            server.add("dn: ou=groups," + BASE, "objectClass: organizationalUnit", "ou: groups");
            for (String group : List.of("taizhang-office", "taizhang-units", "other")) {
                server.add("dn: cn=" + group + ",ou=groups," + BASE, "objectClass: groupOfNames", "cn: " + group);
            }
            server.startListening();
            return server;
        } catch (LDAPException | LDIFException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void sso(DynamicPropertyRegistry properties) {
        properties.add("taizhang.sso.kind", () -> "ldap");
        properties.add("taizhang.sso.ldap.url", () -> "ldap://localhost:" + DIRECTORY.getListenPort() + "/" + BASE);
        properties.add("taizhang.sso.ldap.manager-dn", () -> "cn=reader," + BASE);
        properties.add("taizhang.sso.ldap.manager-password", () -> "reader-secret");
        properties.add("taizhang.sso.ldap.user-search-base", () -> "ou=people");
        properties.add("taizhang.sso.ldap.user-search-filter", () -> "(uid={0})");
        properties.add("taizhang.sso.ldap.active-filter", () -> "(!(description=disabled))");
        properties.add("taizhang.sso.ldap.group-search-base", () -> "ou=groups");
        properties.add("taizhang.sso.unknown-users", () -> "create");
        properties.add("taizhang.sso.new-user-organisation", () -> "内蒙古自治区");
        properties.add("taizhang.sso.display-name-attribute", () -> "displayName");
        properties.add("taizhang.sso.roles.taizhang-office", () -> "OFFICE");
        properties.add("taizhang.sso.roles.taizhang-units", () -> "UNIT");
        properties.add("taizhang.sso.organisation-attribute", () -> "departmentNumber");
        properties.add("taizhang.sso.organisations.tongliao", () -> "通辽市");
    }

    @AfterAll
    static void stop() {
        DIRECTORY.shutDown(true);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    PageRequests requests;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    /** A new person in the directory, in the given groups; its uid. */
    private static String person(String department, String... groups) throws LDAPException, LDIFException {
        String uid = "li." + UUID.randomUUID().toString().substring(0, 8);
        DIRECTORY.add(
                "dn: " + dn(uid),
                "objectClass: inetOrgPerson",
                "uid: " + uid,
                "cn: " + uid,
                "sn: 李",
                "displayName: 李四",
                "departmentNumber: " + department,
                "userPassword: secret-" + uid);
        for (String group : groups) {
            join(uid, group);
        }
        return uid;
    }

    private static String dn(String uid) {
        return "uid=" + uid + ",ou=people," + BASE;
    }

    private static void join(String uid, String group) throws LDAPException {
        DIRECTORY.modify(
                "cn=" + group + ",ou=groups," + BASE, new Modification(ModificationType.ADD, "member", dn(uid)));
    }

    private static void leave(String uid, String group) throws LDAPException {
        DIRECTORY.modify(
                "cn=" + group + ",ou=groups," + BASE, new Modification(ModificationType.DELETE, "member", dn(uid)));
    }

    private int status(Cookie session) throws Exception {
        return mvc.perform(get("/api/v1/me").cookie(session))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private static List<String> roles(JsonNode me) {
        return me.get("roles").valueStream().map(JsonNode::asString).sorted().toList();
    }

    @Test
    void aDirectoryUserSignsInWithTheFormAndGetsExactlyTheMappedOrganisationAndRoles() throws Exception {
        String uid = person("tongliao", "taizhang-office", "taizhang-units", "other");

        JsonNode me = requests.me(requests.signIn(uid, "secret-" + uid));

        assertThat(me.get("username").asString()).isEqualTo(uid);
        assertThat(me.get("displayName").asString()).isEqualTo("李四");
        assertThat(me.get("organisationId").asLong())
                .isEqualTo(fixtures.org("通辽市").id());
        assertThat(roles(me)).containsExactly("OFFICE", "UNIT");
        assertThat(jdbc.sql("select after_json from audit_event_view where action = 'login.success' and actor = :u")
                        .param("u", uid)
                        .query(String.class)
                        .single())
                .contains("\"via\":\"ldap\"");
    }

    @Test
    void aWrongDirectoryPasswordIsRefusedAndAudited() throws Exception {
        String uid = person("tongliao", "taizhang-office");

        var attempt = requests.signInAttempt(uid, "not-the-password", "10.8.0.1");

        assertThat(attempt.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(jdbc.sql("select count(*) from audit_event_view where action = 'login.failure' and actor = :u")
                        .param("u", uid)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from app_user where username = :u")
                        .param("u", uid)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aUserTheDirectoryDisablesIsOutOnItsNextRequestAndCannotSignInAgain() throws Exception {
        String uid = person("tongliao", "taizhang-office");
        Cookie session = requests.signIn(uid, "secret-" + uid);
        assertThat(status(session)).isEqualTo(200);

        DIRECTORY.modify(dn(uid), new Modification(ModificationType.ADD, "description", "disabled"));

        assertThat(status(session)).isEqualTo(401);
        assertThat(requests.signInAttempt(uid, "secret-" + uid, "10.8.0.2")
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?error");
    }

    @Test
    void aUserRemovedFromTheDirectoryIsOutOnItsNextRequest() throws Exception {
        String uid = person("tongliao");
        Cookie session = requests.signIn(uid, "secret-" + uid);
        assertThat(status(session)).isEqualTo(200);

        DIRECTORY.delete(dn(uid));

        assertThat(status(session)).isEqualTo(401);
    }

    @Test
    void groupChangesApplyAtTheNextSignInAndAreAudited() throws Exception {
        String uid = person("tongliao", "taizhang-office");
        JsonNode before = requests.me(requests.signIn(uid, "secret-" + uid));
        assertThat(roles(before)).containsExactly("OFFICE");

        leave(uid, "taizhang-office");
        join(uid, "taizhang-units");
        JsonNode after = requests.me(requests.signIn(uid, "secret-" + uid));

        assertThat(roles(after)).containsExactly("UNIT");
        assertThat(jdbc.sql("select actor from audit_event_view where action = 'user.roles' and object_id = :id")
                        .param("id", after.get("id").asLong())
                        .query(String.class)
                        .single())
                .isEqualTo("ldap");
    }

    @Test
    void localUsersStillSignInWithTheirPasswordsAndSignOutReturnsToTheSignInPage() throws Exception {
        Actor office = fixtures.actor("通辽市", Role.OFFICE);
        Cookie session = requests.signIn(
                office.user().username(), "password-" + office.user().username());

        var out = mvc.perform(post("/logout").cookie(session).with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(out.getRedirectedUrl()).isEqualTo("/login?logout");
        assertThat(status(session)).isEqualTo(401);
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
                .doesNotContain("统一身份认证登录");
    }
}
