package io.spsbacklinks.sandbox;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque get-raw-backlinks cursors: standard base64 (so they contain '+', '/' and always '='
 * padding and must be URL-encoded) of the position in the selection, the day the walk reads, the
 * issue time and a hash of the selection, signed with HMAC-SHA256. A cursor is valid for 24 hours
 * of the sandbox clock and only for the target and mode it was issued for.
 *
 * <p>The position is one in the deterministic index, and the signing secret is the same for every
 * sandbox process: a cursor stays valid across a restart of the same sandbox (same scenario and
 * date), as the API's stay valid across its deploys. The signature only tells a cursor the sandbox
 * issued from any other string; it protects nothing.
 */
final class Cursors {
  static final Duration LIFETIME = Duration.ofHours(24);
  private static final byte VERSION = 1;
  private static final int PAYLOAD = 30;
  private static final int MAC_BYTES = 16;

  private final SecretKeySpec secret;

  Cursors() {
    byte[] key = "sps-backlinks sandbox cursors, version 1".getBytes(StandardCharsets.US_ASCII);
    secret = new SecretKeySpec(key, "HmacSHA256");
  }

  /** Where a walk stands. */
  record Position(long ordinal, int day) {}

  String encode(String selectionKey, long ordinal, int day, Instant issued) {
    ByteBuffer buffer = ByteBuffer.allocate(PAYLOAD + MAC_BYTES);
    buffer
        .put(VERSION)
        .put((byte) 0)
        .putInt(day)
        .putLong(issued.getEpochSecond())
        .putLong(ordinal)
        .putLong(Site.fnv(selectionKey));
    buffer.put(mac(buffer.array()), 0, MAC_BYTES);
    return Base64.getEncoder().encodeToString(buffer.array());
  }

  /**
   * The position of a valid cursor for {@code selectionKey}, or null when it is bad, foreign or
   * expired.
   */
  Position decode(String cursor, String selectionKey, Instant now) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(cursor);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (bytes.length != PAYLOAD + MAC_BYTES) {
      return null;
    }
    byte[] expected = mac(bytes);
    byte[] actual = new byte[MAC_BYTES];
    System.arraycopy(bytes, PAYLOAD, actual, 0, MAC_BYTES);
    byte[] expectedPrefix = new byte[MAC_BYTES];
    System.arraycopy(expected, 0, expectedPrefix, 0, MAC_BYTES);
    if (!MessageDigest.isEqual(actual, expectedPrefix)) {
      return null;
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    if (buffer.get() != VERSION) {
      return null;
    }
    buffer.get();
    int day = buffer.getInt();
    Instant issued = Instant.ofEpochSecond(buffer.getLong());
    long ordinal = buffer.getLong();
    long selection = buffer.getLong();
    if (selection != Site.fnv(selectionKey) || now.isAfter(issued.plus(LIFETIME)) || ordinal < 0) {
      return null;
    }
    return new Position(ordinal, day);
  }

  private byte[] mac(byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(secret);
      mac.update(data, 0, PAYLOAD);
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
