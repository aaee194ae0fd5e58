// Signature stub of hudson.model.FreeStyleProject, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/FreeStyleProject.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

public class FreeStyleProject extends Project<FreeStyleProject, FreeStyleBuild>
    implements TopLevelItem {
  public FreeStyleProject(ItemGroup parent, String name) {
    super(parent, name);
    throw new UnsupportedOperationException("stub");
  }
}
