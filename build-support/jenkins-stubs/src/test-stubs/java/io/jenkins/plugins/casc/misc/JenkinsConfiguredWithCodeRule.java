// Signature stub of io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule, read from
// jenkinsci/configuration-as-code-plugin@2117.vc05a_0b_e6b_f4e
// test-harness/src/main/java/io/jenkins/plugins/casc/misc/JenkinsConfiguredWithCodeRule.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package io.jenkins.plugins.casc.misc;

public class JenkinsConfiguredWithCodeRule extends JenkinsConfiguredRule {}
