// Signature stub of hudson.security.AbstractPasswordBasedSecurityRealm, read from
// jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/security/AbstractPasswordBasedSecurityRealm.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.security;

public abstract class AbstractPasswordBasedSecurityRealm extends SecurityRealm {}
