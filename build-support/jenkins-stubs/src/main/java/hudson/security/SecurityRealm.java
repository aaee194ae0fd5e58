// Signature stub of hudson.security.SecurityRealm, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/security/SecurityRealm.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.security;

import hudson.ExtensionPoint;
import hudson.model.Describable;

public abstract class SecurityRealm implements Describable<SecurityRealm>, ExtensionPoint {}
