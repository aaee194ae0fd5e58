// Signature stub of org.jvnet.hudson.test.JenkinsRule, read from
// jenkinsci/jenkins-test-harness@2578.v44660312fd37
// src/main/java/org/jvnet/hudson/test/JenkinsRule.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package org.jvnet.hudson.test;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TopLevelItem;
import hudson.security.AbstractPasswordBasedSecurityRealm;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import jenkins.model.Jenkins;
import jenkins.model.ParameterizedJobMixIn;
import org.htmlunit.FailingHttpStatusCodeException;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.xml.sax.SAXException;

public class JenkinsRule {
  public Jenkins jenkins;

  public JenkinsRule() {
    throw new UnsupportedOperationException("stub");
  }

  public <T extends TopLevelItem> T createProject(Class<T> type, String name) throws IOException {
    throw new UnsupportedOperationException("stub");
  }

  public FreeStyleProject createFreeStyleProject(String name) throws IOException {
    throw new UnsupportedOperationException("stub");
  }

  public DummySecurityRealm createDummySecurityRealm() {
    throw new UnsupportedOperationException("stub");
  }

  public static class DummySecurityRealm extends AbstractPasswordBasedSecurityRealm {
    DummySecurityRealm() {
      throw new UnsupportedOperationException("stub");
    }
  }

  public void configRoundtrip() throws Exception {
    throw new UnsupportedOperationException("stub");
  }

  public <P extends Item> P configRoundtrip(P job) throws Exception {
    throw new UnsupportedOperationException("stub");
  }

  @NonNull
  public <
          J extends Job<J, R> & ParameterizedJobMixIn.ParameterizedJob<J, R>,
          R extends Run<J, R> & Queue.Executable>
      R buildAndAssertSuccess(@NonNull J job) throws Exception {
    throw new UnsupportedOperationException("stub");
  }

  @NonNull
  public <
          J extends Job<J, R> & ParameterizedJobMixIn.ParameterizedJob<J, R>,
          R extends Run<J, R> & Queue.Executable>
      R buildAndAssertStatus(@NonNull Result status, @NonNull J job) throws Exception {
    throw new UnsupportedOperationException("stub");
  }

  @NonNull
  public FreeStyleBuild buildAndAssertSuccess(@NonNull FreeStyleProject job) throws Exception {
    throw new UnsupportedOperationException("stub");
  }

  public void assertLogContains(String substring, Run run) throws IOException {
    throw new UnsupportedOperationException("stub");
  }

  public void assertLogNotContains(String substring, Run run) throws IOException {
    throw new UnsupportedOperationException("stub");
  }

  public void assertEqualDataBoundBeans(Object lhs, Object rhs)
      throws InvocationTargetException, NoSuchMethodException, IllegalAccessException {
    throw new UnsupportedOperationException("stub");
  }

  public void assertEqualDataBoundBeans(List<?> lhs, List<?> rhs) throws Exception {
    throw new UnsupportedOperationException("stub");
  }

  public HtmlPage submit(HtmlForm form) throws Exception {
    throw new UnsupportedOperationException("stub");
  }

  public WebClient createWebClient() {
    throw new UnsupportedOperationException("stub");
  }

  public class WebClient extends org.htmlunit.WebClient {
    WebClient() {
      throw new UnsupportedOperationException("stub");
    }

    public WebClient login(String username) throws Exception {
      throw new UnsupportedOperationException("stub");
    }

    public void setThrowExceptionOnFailingStatusCode(boolean enabled) {
      throw new UnsupportedOperationException("stub");
    }

    public WebClient withThrowExceptionOnFailingStatusCode(boolean enabled) {
      throw new UnsupportedOperationException("stub");
    }

    public HtmlPage getPage(Run r) throws IOException, SAXException {
      throw new UnsupportedOperationException("stub");
    }

    public HtmlPage getPage(Run r, String relative) throws IOException, SAXException {
      throw new UnsupportedOperationException("stub");
    }

    public HtmlPage getPage(Item item) throws IOException, SAXException {
      throw new UnsupportedOperationException("stub");
    }

    public HtmlPage getPage(Item item, String relative) throws IOException, SAXException {
      throw new UnsupportedOperationException("stub");
    }

    @Override
    public Page getPage(String url) throws IOException, FailingHttpStatusCodeException {
      throw new UnsupportedOperationException("stub");
    }

    public HtmlPage goTo(String relative) throws IOException, SAXException {
      throw new UnsupportedOperationException("stub");
    }

    public Page goTo(String relative, @CheckForNull String expectedContentType)
        throws IOException, SAXException {
      throw new UnsupportedOperationException("stub");
    }
  }
}
