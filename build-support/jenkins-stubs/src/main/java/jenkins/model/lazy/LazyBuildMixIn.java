// Signature stub of jenkins.model.lazy.LazyBuildMixIn, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/jenkins/model/lazy/LazyBuildMixIn.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package jenkins.model.lazy;

import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.Run;

public abstract class LazyBuildMixIn<
    JobT extends Job<JobT, RunT> & Queue.Task & LazyBuildMixIn.LazyLoadingJob<JobT, RunT>,
    RunT extends Run<JobT, RunT> & LazyBuildMixIn.LazyLoadingRun<JobT, RunT>> {
  public interface LazyLoadingJob<
      JobT extends Job<JobT, RunT> & Queue.Task & LazyBuildMixIn.LazyLoadingJob<JobT, RunT>,
      RunT extends Run<JobT, RunT> & LazyLoadingRun<JobT, RunT>> {}

  public interface LazyLoadingRun<
      JobT extends Job<JobT, RunT> & Queue.Task & LazyBuildMixIn.LazyLoadingJob<JobT, RunT>,
      RunT extends Run<JobT, RunT> & LazyLoadingRun<JobT, RunT>> {}
}
