package io.spsbacklinks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetRefTest {
  @ParameterizedTest
  @CsvSource({
    "seopowersuite.com, seopowersuite.com, /, seopowersuite.com",
    "https://www.seopowersuite.com, www.seopowersuite.com, /, seopowersuite.com",
    "http://WWW.Example.COM:8080/Path?q=1#frag, www.example.com, /Path?q=1, example.com",
    "blog.shop.example.co.uk/x, blog.shop.example.co.uk, /x, example.co.uk",
    "https://münchen.de/, xn--mnchen-3ya.de, /, xn--mnchen-3ya.de"
  })
  void parses(String value, String host, String path, String domain) {
    TargetRef target = TargetRef.parse(value);
    assertThat(target).isEqualTo(new TargetRef(host, path, domain));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "localhost",
        "not a domain",
        "ftp://example.com",
        "https://exa_mple.com/",
        "example.com:port",
        "-bad-.com"
      })
  void rejects(String value) {
    assertThat(TargetRef.parse(value)).isNull();
  }
}
