// Signature stub of jenkins.scm.RunWithSCM, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/jenkins/scm/RunWithSCM.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package jenkins.scm;

import hudson.model.Job;
import hudson.model.Run;

public interface RunWithSCM<
    JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT> & RunWithSCM<JobT, RunT>> {}
