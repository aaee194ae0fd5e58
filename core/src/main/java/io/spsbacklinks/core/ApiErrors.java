package io.spsbacklinks.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/** Turns error statuses and error documents into the exception hierarchy. */
final class ApiErrors {
  /** Error bodies are small; a huge one is not read whole. */
  private static final long MAX_ERROR_BODY = 64 * 1024;

  private static final int MAX_MESSAGE = 500;
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private ApiErrors() {}

  static BacklinksApiException forStatus(
      int status, String command, String target, String message, Duration retryAfter) {
    switch (status) {
      case 244:
        return new TargetTooLargeException(command, target, message);
      case 400:
        return new BadRequestException(command, target, message);
      case 401:
        return new UnauthorizedException(command, target, message);
      case 402:
        return new InsufficientFundsException(command, target, message);
      case 403:
        return new ForbiddenException(command, target, message);
      case 404:
        return new NotFoundException(command, target, message);
      case 405:
        return new MethodNotAllowedException(command, target, message);
      case 406:
        return new NotAcceptableException(command, target, message);
      case 429:
        return new RateLimitException(command, target, message, retryAfter);
      case 500:
        return new InternalServerException(command, target, message);
      case 503:
        return new ServiceUnavailableException(command, target, message);
      default:
        return status >= 500 && status < 600
            ? new ServerException(status, command, target, message)
            : new UnexpectedStatusException(status, command, target, message);
    }
  }

  /** The exception for an {@code error} member found in a 200 body. */
  static BacklinksApiException forDocument(
      Map<String, String> error, String command, String target, String secret) {
    String message = error == null ? null : clean(error.get("message"), secret);
    int status = 200;
    String code = error == null ? null : error.get("code");
    if (code != null) {
      try {
        status = Integer.parseInt(code.trim());
      } catch (NumberFormatException e) {
        message = message == null ? clean(code, secret) : message;
      }
    }
    return forStatus(status, command, target, message, null);
  }

  /** The exception for a non-200 response; reads at most 64 KiB of its body and closes it. */
  static BacklinksApiException forResponse(
      Response response, String command, String target, String secret, Clock clock) {
    String message;
    try (ResponseBody body = response.body()) {
      message = messageOf(body, secret);
    }
    return forStatus(
        response.code(),
        command,
        target,
        message,
        retryAfter(response.header("Retry-After"), clock));
  }

  /** Retry-After as delta-seconds or HTTP-date; null when absent or unreadable. */
  static Duration retryAfter(String header, Clock clock) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.trim();
    try {
      long seconds = Long.parseLong(value);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(clock.instant(), at.toInstant());
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }

  private static String messageOf(ResponseBody body, String secret) {
    String text;
    try {
      BufferedSource source = body.source();
      source.request(MAX_ERROR_BODY);
      long size = Math.min(source.getBuffer().size(), MAX_ERROR_BODY);
      MediaType type = body.contentType();
      Charset charset =
          type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8);
      text = source.getBuffer().readString(size, charset);
    } catch (IOException e) {
      return null; // the status alone still tells what happened
    }
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return null;
    }
    String message = null;
    try {
      if (trimmed.startsWith("{")) {
        message = documentMessage(JsonDocument.open(bytes(trimmed)));
      } else if (trimmed.startsWith("<?xml") || trimmed.startsWith("<response")) {
        message = documentMessage(XmlDocument.open(bytes(trimmed)));
      }
    } catch (IOException | BacklinksException notADocument) {
      message = null; // fall back to the text itself below
    }
    if (message == null) {
      message = plainText(trimmed);
    }
    return clean(message, secret);
  }

  private static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code error.message}, {@code error} as a string, or a root {@code message}. */
  private static String documentMessage(ApiDocument document) throws IOException {
    try (document) {
      for (String member = document.nextMember(); member != null; member = document.nextMember()) {
        if (member.equals("error")) {
          Map<String, String> error = document.readObject();
          return error == null ? null : error.get("message");
        } else if (member.equals("message")) {
          return document.readText();
        } else {
          document.skipValue();
        }
      }
      return null;
    }
  }

  private static String plainText(String text) {
    if (text.startsWith("<")) { // HTML error page: its title says most
      var title = TITLE.matcher(text);
      text = title.find() ? title.group(1) : TAG.matcher(text).replaceAll(" ");
    }
    return text;
  }

  /** Collapses whitespace, bounds the length and removes the API key. */
  static String clean(String message, String secret) {
    if (message == null) {
      return null;
    }
    String result = SPACES.matcher(message).replaceAll(" ").strip();
    if (result.length() > MAX_MESSAGE) {
      result = result.substring(0, MAX_MESSAGE) + "...";
    }
    result = Redaction.redact(result, secret);
    return result.isEmpty() ? null : result;
  }
}
