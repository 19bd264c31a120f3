package taizhang.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import taizhang.shared.Role;
import taizhang.user.ExternalAccounts.UnknownUsers;
import taizhang.user.ExternalIdentity;

class ClaimMappingTest {

    private static SsoSettings settings(
            String usernameAttribute, Map<String, Set<Role>> roles, Map<String, String> organisations) {
        return new SsoSettings(
                SsoSettings.Kind.OIDC,
                SsoSettings.LocalPasswords.ALL,
                UnknownUsers.CREATE,
                "内蒙古自治区",
                usernameAttribute,
                "name",
                "groups",
                roles,
                "dept",
                organisations,
                new SsoSettings.Oidc(null, null, null, List.of("openid")),
                new SsoSettings.Cas(null, null, 3),
                new SsoSettings.Ldap(null, null, null, "", "(uid={0})", "", "", "(member={0})", null));
    }

    @Test
    void rolesAreTheUnionOfWhatTheGroupsMapToAndNoneWhenNoGroupMaps() {
        var mapping = new ClaimMapping(settings(
                "", Map.of("office", Set.of(Role.OFFICE), "leaders", Set.of(Role.LEADER, Role.SUPERVISOR)), Map.of()));

        assertThat(mapping.roles(List.of("office", "leaders", "else")))
                .containsExactlyInAnyOrder(Role.OFFICE, Role.LEADER, Role.SUPERVISOR);
        assertThat(mapping.roles(List.of("else"))).isEmpty();
    }

    @Test
    void withoutARoleMappingTheRolesStayTheAdministratorsAndWithoutAnOrganisationMappingTheOrganisation() {
        ExternalIdentity identity = new ClaimMapping(settings("", Map.of(), Map.of()))
                .identity("oidc", "subject-1", Map.of("groups", List.of("office"), "dept", "tongliao", "name", "张三"));

        assertThat(identity.username()).isEqualTo("subject-1");
        assertThat(identity.displayName()).isEqualTo("张三");
        assertThat(identity.roles()).isNull();
        assertThat(identity.organisation()).isNull();
    }

    @Test
    void theUserNameComesFromTheConfiguredClaimAndTheOrganisationFromItsMappedValue() {
        var mapping = new ClaimMapping(
                settings("preferred_username", Map.of("office", Set.of(Role.OFFICE)), Map.of("tongliao", "通辽市")));

        ExternalIdentity identity = mapping.identity(
                "cas",
                "ignored",
                Map.of("preferred_username", List.of("zhang.san"), "dept", "tongliao", "groups", "office"));
        ExternalIdentity unmapped =
                mapping.identity("cas", "x", Map.of("preferred_username", "li.si", "dept", "nowhere"));

        assertThat(identity.username()).isEqualTo("zhang.san");
        assertThat(identity.roles()).containsExactly(Role.OFFICE);
        assertThat(identity.organisation()).isEqualTo("通辽市");
        assertThat(unmapped.organisation()).isNull();
        assertThat(unmapped.roles()).isEmpty();
    }
}
