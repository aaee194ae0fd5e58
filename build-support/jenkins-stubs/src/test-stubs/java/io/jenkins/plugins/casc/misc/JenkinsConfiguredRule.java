// Signature stub of io.jenkins.plugins.casc.misc.JenkinsConfiguredRule, read from
// jenkinsci/configuration-as-code-plugin@2117.vc05a_0b_e6b_f4e
// test-harness/src/main/java/io/jenkins/plugins/casc/misc/JenkinsConfiguredRule.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package io.jenkins.plugins.casc.misc;

import org.jvnet.hudson.test.JenkinsRule;

public class JenkinsConfiguredRule extends JenkinsRule {}
