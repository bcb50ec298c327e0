package org.parity.learning.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parity.learning.infrastructure.OpenBadges.Problem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A certificate as an Open Badges 3.0 credential: its JSON has what the data model requires
 * (checked against the schema shipped with the tests), it verifies after signing, and a changed
 * payload, a stranger's key, a credential past its validity or not yet valid, or plain nonsense
 * does not.
 */
class OpenBadgesTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Instant ISSUED = Instant.parse("2026-11-20T09:30:00Z");
  private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

  private static Map<String, Object> credential() {
    return OpenBadges.credential(
        "https://parity.example/credentials/ABCD2345EFGH",
        new OpenBadges.Issuer(
            "https://parity.example/api/v1/credentials/issuers/college-demo",
            "College of Whole-Person Care (demo)",
            "https://parity.example/"),
        new OpenBadges.Achievement(
            "https://parity.example/curricula/whole-person-care#v1",
            "Whole-person care foundations",
            "The curriculum Whole-person care foundations (version 1) on Parity.",
            "Completed every unit and passed each quiz.",
            "Course"),
        "rhiannon@example.org",
        "ABCD2345EFGH",
        ISSUED);
  }

  private static List<Error> schemaErrors(Object credential) throws Exception {
    try (InputStream schema =
        OpenBadgesTest.class.getResourceAsStream(
            "/openbadges/achievement-credential.schema.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(JSON.readTree(schema))
          .validate(JSON.valueToTree(credential));
    }
  }

  @Test
  void theCredentialHasWhatAnOpenBadgeCredentialRequires() throws Exception {
    Map<String, Object> credential = credential();
    assertThat(schemaErrors(credential)).isEmpty();
    JsonNode json = JSON.valueToTree(credential);
    assertThat(json.path("@context").get(1).asString())
        .isEqualTo("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
    assertThat(json.toString()).as("the address is only hashed").doesNotContain("rhiannon@");
    assertThat(
            json.path("credentialSubject")
                .path("identifier")
                .get(0)
                .path("identityHash")
                .asString())
        .startsWith("sha256$")
        .hasSize("sha256$".length() + 64);
  }

  @Test
  void theSchemaRefusesACredentialWithoutItsAchievementCriteria() throws Exception {
    Map<String, Object> credential = new LinkedHashMap<>(credential());
    @SuppressWarnings("unchecked")
    Map<String, Object> subject =
        new LinkedHashMap<>((Map<String, Object>) credential.get("credentialSubject"));
    @SuppressWarnings("unchecked")
    Map<String, Object> achievement =
        new LinkedHashMap<>((Map<String, Object>) subject.get("achievement"));
    achievement.remove("criteria");
    subject.put("achievement", achievement);
    credential.put("credentialSubject", subject);
    assertThat(schemaErrors(credential)).isNotEmpty();
  }

  @Test
  void aSignedCredentialVerifiesWithItsIssuersPublicKey() {
    ECKey key = OpenBadges.newKey("college-key-1");
    String jwt = OpenBadges.sign(credential(), key);
    String header =
        new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]), StandardCharsets.UTF_8);
    assertThat(header)
        .contains("\"alg\":\"ES256\"")
        .contains("\"typ\":\"vc+jwt\"")
        .contains("college-key-1")
        .contains("\"jwk\"")
        .doesNotContain("\"d\"");

    OpenBadges.Checked checked = OpenBadges.verify(jwt, new JWKSet(key.toPublicJWK()), NOW);
    assertThat(checked.valid()).isTrue();
    assertThat(checked.keyId()).isEqualTo("college-key-1");
    assertThat(checked.credential())
        .containsEntry("id", "https://parity.example/credentials/ABCD2345EFGH");
  }

  @Test
  void aTamperedCredentialOrAStrangersKeyIsRefused() {
    ECKey key = OpenBadges.newKey("college-key-1");
    String jwt = OpenBadges.sign(credential(), key);
    String[] parts = jwt.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String changed =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                payload
                    .replace("Whole-person care foundations", "Consultant psychiatry")
                    .getBytes(StandardCharsets.UTF_8));
    String tampered = parts[0] + "." + changed + "." + parts[2];
    JWKSet keys = new JWKSet(key.toPublicJWK());
    assertThat(OpenBadges.verify(tampered, keys, NOW).problem()).isEqualTo(Problem.SIGNATURE);

    ECKey stranger = OpenBadges.newKey("college-key-1");
    assertThat(OpenBadges.verify(OpenBadges.sign(credential(), stranger), keys, NOW).problem())
        .as("same key id, another key")
        .isEqualTo(Problem.SIGNATURE);
    assertThat(
            OpenBadges.verify(jwt, new JWKSet(OpenBadges.newKey("other").toPublicJWK()), NOW)
                .problem())
        .isEqualTo(Problem.UNKNOWN_KEY);
    assertThat(OpenBadges.verify("not a credential", keys, NOW).problem())
        .isEqualTo(Problem.MALFORMED);
  }

  @Test
  void aCredentialCountsOnlyWithinItsValidity() {
    ECKey key = OpenBadges.newKey("k");
    JWKSet keys = new JWKSet(key.toPublicJWK());
    Map<String, Object> expiring = new LinkedHashMap<>(credential());
    expiring.put("validUntil", "2026-12-01T00:00:00Z");
    assertThat(OpenBadges.verify(OpenBadges.sign(expiring, key), keys, NOW).problem())
        .isEqualTo(Problem.EXPIRED);
    assertThat(
            OpenBadges.verify(OpenBadges.sign(credential(), key), keys, ISSUED.minusSeconds(1))
                .problem())
        .isEqualTo(Problem.NOT_YET_VALID);
  }
}
