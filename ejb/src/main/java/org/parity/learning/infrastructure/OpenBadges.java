package org.parity.learning.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Open Badges 3.0 credentials (an {@code OpenBadgeCredential} in the W3C Verifiable Credentials
 * data model 2.0), signed as a VC-JWT: a JWS (ES256) whose payload is the credential itself, with
 * {@code typ: vc+jwt}; verified against the issuers' public keys.
 */
public final class OpenBadges {

  public static final List<String> CONTEXT =
      List.of(
          "https://www.w3.org/ns/credentials/v2",
          "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

  private static final JOSEObjectType VC_JWT = new JOSEObjectType("vc+jwt");

  /** The publisher as a Profile: {@code id} is where its Profile (and keys) can be read. */
  public record Issuer(String id, String name, String url) {}

  /** What was achieved: a curriculum or module version, with what it took. */
  public record Achievement(
      String id, String name, String description, String criteria, String achievementType) {}

  /** Why a credential does not verify; none when it does. */
  public enum Problem {
    MALFORMED,
    UNKNOWN_KEY,
    SIGNATURE,
    NOT_YET_VALID,
    EXPIRED
  }

  /** A credential's payload, and the problem with it if any. */
  public record Checked(Map<String, Object> credential, String keyId, Problem problem) {

    public boolean valid() {
      return problem == null;
    }
  }

  private OpenBadges() {}

  /**
   * The credential for one certificate. The learner is named by a salted hash of their address (an
   * IdentityObject), so the file reveals no address to whoever it is shown to.
   */
  public static Map<String, Object> credential(
      String id,
      Issuer issuer,
      Achievement achievement,
      String learnerEmail,
      String salt,
      Instant validFrom) {
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("id", issuer.id());
    profile.put("type", List.of("Profile"));
    profile.put("name", issuer.name());
    profile.put("url", issuer.url());
    Map<String, Object> what = new LinkedHashMap<>();
    what.put("id", achievement.id());
    what.put("type", List.of("Achievement"));
    what.put("achievementType", achievement.achievementType());
    what.put("name", achievement.name());
    what.put("description", achievement.description());
    what.put("criteria", Map.of("narrative", achievement.criteria()));
    Map<String, Object> identity = new LinkedHashMap<>();
    identity.put("type", "IdentityObject");
    identity.put("identityHash", "sha256$" + sha256(learnerEmail + salt));
    identity.put("identityType", "emailAddress");
    identity.put("hashed", true);
    identity.put("salt", salt);
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("type", List.of("AchievementSubject"));
    subject.put("identifier", List.of(identity));
    subject.put("achievement", what);
    Map<String, Object> credential = new LinkedHashMap<>();
    credential.put("@context", CONTEXT);
    credential.put("id", id);
    credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
    credential.put("name", achievement.name());
    credential.put("issuer", profile);
    credential.put("validFrom", validFrom.toString());
    credential.put("credentialSubject", subject);
    // The JWT claims a VC-JWT verifier looks for, agreeing with the credential's own.
    credential.put("iss", issuer.id());
    credential.put("jti", id);
    credential.put("nbf", validFrom.getEpochSecond());
    return credential;
  }

  /** A new ES256 signing key. */
  public static ECKey newKey(String keyId) {
    try {
      return new ECKeyGenerator(Curve.P_256)
          .keyID(keyId)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.ES256)
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String sign(Map<String, Object> credential, ECKey key) {
    try {
      JWSHeader header =
          new JWSHeader.Builder(JWSAlgorithm.ES256)
              .keyID(key.getKeyID())
              // OB 3.0 §8.2 carries the issuer's public key in the header; verifying here trusts
              // only the stored key the kid names, never this copy.
              .jwk(key.toPublicJWK())
              .type(VC_JWT)
              .contentType("vc")
              .build();
      JWSObject jws = new JWSObject(header, new Payload(credential));
      jws.sign(new ECDSASigner(key));
      return jws.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Checks the signature against the key the header names, then the validity period. */
  public static Checked verify(String compact, JWKSet keys, Instant now) {
    JWSObject jws;
    Map<String, Object> credential;
    try {
      jws = JWSObject.parse(compact == null ? "" : compact.strip());
      credential = jws.getPayload().toJSONObject();
    } catch (ParseException | RuntimeException e) {
      return new Checked(Map.of(), null, Problem.MALFORMED);
    }
    if (credential == null || !JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())) {
      return new Checked(Map.of(), null, Problem.MALFORMED);
    }
    String keyId = jws.getHeader().getKeyID();
    JWK key = keyId == null ? null : keys.getKeyByKeyId(keyId);
    if (!(key instanceof ECKey ecKey)) {
      return new Checked(credential, keyId, Problem.UNKNOWN_KEY);
    }
    try {
      if (!jws.verify(new ECDSAVerifier(ecKey.toPublicJWK()))) {
        return new Checked(credential, keyId, Problem.SIGNATURE);
      }
    } catch (JOSEException e) {
      return new Checked(credential, keyId, Problem.SIGNATURE);
    }
    try {
      Object from = credential.get("validFrom");
      if (!(from instanceof String)) {
        return new Checked(credential, keyId, Problem.MALFORMED);
      }
      if (Instant.parse((String) from).isAfter(now)) {
        return new Checked(credential, keyId, Problem.NOT_YET_VALID);
      }
      if (credential.get("validUntil") instanceof String until
          && Instant.parse(until).isBefore(now)) {
        return new Checked(credential, keyId, Problem.EXPIRED);
      }
    } catch (DateTimeParseException e) {
      return new Checked(credential, keyId, Problem.MALFORMED);
    }
    return new Checked(credential, keyId, null);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
