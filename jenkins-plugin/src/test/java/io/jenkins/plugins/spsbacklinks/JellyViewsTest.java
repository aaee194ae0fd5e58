package io.jenkins.plugins.spsbacklinks;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The views against the classes they bind to, without Jenkins: every Jelly file is well-formed
 * XML and CSP-safe; every form field has a getter, a data-bound constructor parameter or setter, and
 * a help file; every help file belongs to a field. Reflection only reads the plugin's classes.
 */
class JellyViewsTest {
  private static final String PACKAGE = "io.jenkins.plugins.spsbacklinks";
  private static final Pattern LOCALIZED_CALL = Pattern.compile("\\$\\{%([A-Za-z][\\w.-]*)\\(");

  private static Path packageDir() {
    try {
      return Path.of(JellyViewsTest.class.getResource("BacklinksGateBuilder/config.jelly").toURI())
          .getParent().getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> files(String suffix) throws IOException {
    Path classesRoot = packageDir().getParent().getParent().getParent().getParent();
    List<Path> out = new ArrayList<>();
    out.add(classesRoot.resolve("index.jelly"));
    try (Stream<Path> walk = Files.walk(packageDir())) {
      walk.filter(p -> p.toString().endsWith(suffix)).sorted().forEach(out::add);
    }
    return suffix.equals(".jelly") ? out : out.subList(1, out.size());
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(file.toFile());
  }

  @Test
  void everyJellyFileIsWellFormedAndCspSafe() throws Exception {
    List<Path> jelly = files(".jelly");
    assertThat(jelly).hasSizeGreaterThanOrEqualTo(9);
    for (Path file : jelly) {
      Document doc = parse(file);
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(text).as(file.toString()).startsWith("<?jelly escape-by-default='true'?>");
      assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).as(file + ": <script>").isZero();
      NodeList all = doc.getElementsByTagName("*");
      for (int i = 0; i < all.getLength(); i++) {
        Element e = (Element) all.item(i);
        for (int j = 0; j < e.getAttributes().getLength(); j++) {
          String name = e.getAttributes().item(j).getNodeName();
          assertThat(name).as(file + ": attribute of <" + e.getTagName() + ">")
              .isNotEqualTo("style").doesNotMatch("on[a-z]+");
        }
      }
    }
  }

  @Test
  void everyHelpFileIsWellFormed() throws Exception {
    List<Path> help = files(".html");
    assertThat(help).hasSizeGreaterThanOrEqualTo(20);
    for (Path file : help) {
      assertThat(parse(file).getDocumentElement().getTagName()).as(file.toString()).isEqualTo("div");
    }
  }

  @Test
  void parameterizedMessagesHaveAPropertiesEntry() throws Exception {
    for (Path file : files(".jelly")) {
      Matcher m = LOCALIZED_CALL.matcher(Files.readString(file, StandardCharsets.UTF_8));
      Properties messages = new Properties();
      Path properties = file.resolveSibling(file.getFileName().toString().replace(".jelly", ".properties"));
      if (Files.exists(properties)) {
        try (var in = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
          messages.load(in);
        }
      }
      while (m.find()) {
        assertThat(messages).as(file + " uses ${%" + m.group(1) + "(...)}").containsKey(m.group(1));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"BacklinksGateBuilder", "GateThreshold", "BacklinksGateConfiguration"})
  void everyFieldIsBoundAndDocumented(String view) throws Exception {
    Class<?> type = Class.forName(PACKAGE + "." + view);
    Path dir = packageDir().resolve(view);
    Set<String> fields = fields(parse(dir.resolve("config.jelly")));
    assertThat(fields).isNotEmpty();

    Map<String, Class<?>> getters = getters(type);
    Set<String> bound = dataBound(type);
    for (String field : fields) {
      assertThat(getters).as(view + " getter for field " + field).containsKey(field);
      assertThat(bound).as(view + " @DataBoundConstructor parameter or @DataBoundSetter for " + field).contains(field);
      assertThat(dir.resolve("help-" + field + ".html")).as(view + " help for " + field).isRegularFile();
    }
    try (Stream<Path> help = Files.list(dir)) {
      Set<String> documented = new TreeSet<>(help.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("help-")).map(n -> n.substring(5, n.length() - 5)).toList());
      assertThat(documented).as(view + " help files without a field").isEqualTo(fields);
    }
  }

  @Test
  void pipelineStepSharesTheBuildersFormAndHasTheSameParameters() throws Exception {
    Document step = parse(packageDir().resolve("BacklinksGateStep/config.jelly"));
    NodeList includes = step.getElementsByTagNameNS("jelly:stapler", "include");
    assertThat(includes.getLength()).isEqualTo(1);
    assertThat(((Element) includes.item(0)).getAttribute("class")).isEqualTo(BacklinksGateBuilder.class.getName());
    assertThat(((Element) includes.item(0)).getAttribute("page")).isEqualTo("config.jelly");
    Element set = (Element) step.getElementsByTagNameNS("jelly:core", "set").item(0);
    assertThat(set.getAttribute("value")).isEqualTo("${descriptor.builderDescriptor}");
    assertThat(Files.exists(packageDir().resolve("BacklinksGateStep/help.html"))).isTrue();

    // Except continueOnFailure: freestyle only, hidden from the step's form (pipelineStep).
    Map<String, Class<?>> builderGetters = new TreeMap<>(getters(BacklinksGateBuilder.class));
    assertThat(builderGetters.remove("continueOnFailure")).isEqualTo(boolean.class);
    Set<String> builderBound = new TreeSet<>(dataBound(BacklinksGateBuilder.class));
    assertThat(builderBound.remove("continueOnFailure")).isTrue();
    assertThat(getters(BacklinksGateStep.class)).isEqualTo(builderGetters);
    assertThat(dataBound(BacklinksGateStep.class)).isEqualTo(builderBound);
    assertThat(getters(BacklinksGateBuilder.class).keySet()).isEqualTo(dataBound(BacklinksGateBuilder.class));
    assertThat(Files.readString(packageDir().resolve("BacklinksGateStep/config.jelly")))
        .contains("<j:set var=\"pipelineStep\" value=\"${true}\"/>");
    assertThat(Files.readString(packageDir().resolve("BacklinksGateBuilder/config.jelly")))
        .contains("<j:if test=\"${!pipelineStep}\">");
  }

  @Test
  void newStepFormsStartFromTheSettingsDefaults() throws Exception {
    // A new step's form has no instance: every field whose default is not blank must say so.
    Document form = parse(packageDir().resolve("BacklinksGateBuilder/config.jelly"));
    GateSettings defaults = new GateSettings("");
    NodeList entries = form.getElementsByTagNameNS("/lib/form", "entry");
    int checked = 0;
    for (int i = 0; i < entries.getLength(); i++) {
      Element entry = (Element) entries.item(i);
      String field = entry.getAttribute("field");
      Element input = firstElementChild(entry);
      // continueOnFailure is the freestyle builder's own (off by default), not a gate setting.
      Object value = field.equals("continueOnFailure") ? Boolean.FALSE : getter(GateSettings.class, field).invoke(defaults);
      boolean blank = value == null || "".equals(value) || Boolean.FALSE.equals(value)
          || value instanceof List<?> l && l.isEmpty();
      String expected = "${descriptor.defaults." + field + (value instanceof Enum<?> ? ".name()}" : "}");
      assertThat(input.getAttribute("default")).as(field).isEqualTo(blank ? "" : expected);
      checked += blank ? 0 : 1;
    }
    assertThat(checked).isEqualTo(8);
  }

  private static Element firstElementChild(Element e) {
    for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        return child;
      }
    }
    throw new AssertionError("<f:entry field='" + e.getAttribute("field") + "'> has no input");
  }

  private static Method getter(Class<?> type, String property) throws NoSuchMethodException {
    String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    try {
      return type.getMethod("get" + suffix);
    } catch (NoSuchMethodException e) {
      return type.getMethod("is" + suffix);
    }
  }

  /** The {@code field} attributes of the form's elements. */
  private static Set<String> fields(Document doc) {
    Set<String> out = new TreeSet<>();
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      String field = ((Element) all.item(i)).getAttribute("field");
      if (!field.isEmpty()) {
        out.add(field);
      }
    }
    return out;
  }

  /** Public instance getters declared by the plugin's own classes, property name to type. */
  private static Map<String, Class<?>> getters(Class<?> type) {
    Map<String, Class<?>> out = new TreeMap<>();
    for (Method m : type.getMethods()) {
      if (!m.getDeclaringClass().getName().startsWith(PACKAGE) || Modifier.isStatic(m.getModifiers())
          || m.getParameterCount() != 0) {
        continue;
      }
      String name = m.getName();
      if (name.startsWith("get") && name.length() > 3 && !name.equals("getDescriptor")) {
        out.put(Introspector.decapitalize(name.substring(3)), m.getReturnType());
      } else if (name.startsWith("is") && name.length() > 2 && m.getReturnType() == boolean.class) {
        out.put(Introspector.decapitalize(name.substring(2)), m.getReturnType());
      }
    }
    return out;
  }

  /** The names of the @DataBoundConstructor parameters and @DataBoundSetter properties. */
  private static Set<String> dataBound(Class<?> type) {
    Set<String> out = new TreeSet<>();
    for (Constructor<?> c : type.getConstructors()) {
      if (c.isAnnotationPresent(DataBoundConstructor.class)) {
        for (Parameter p : c.getParameters()) {
          assertThat(p.isNamePresent()).as("compiled with -parameters").isTrue();
          out.add(p.getName());
        }
      }
    }
    for (Method m : type.getMethods()) {
      if (m.isAnnotationPresent(DataBoundSetter.class) && m.getName().startsWith("set") && m.getParameterCount() == 1) {
        out.add(Introspector.decapitalize(m.getName().substring(3)));
      }
    }
    return out;
  }
}
