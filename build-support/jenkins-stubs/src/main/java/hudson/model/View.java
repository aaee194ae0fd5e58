// Signature stub of hudson.model.View, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/View.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import hudson.ExtensionPoint;
import hudson.security.AccessControlled;
import jenkins.model.Badgeable;
import jenkins.model.ModelObjectWithChildren;
import jenkins.widgets.HasWidgets;

public abstract class View extends AbstractModelObject
    implements AccessControlled,
        Describable<View>,
        ExtensionPoint,
        Saveable,
        ModelObjectWithChildren,
        DescriptorByNameOwner,
        HasWidgets,
        Badgeable {
  private View() {
    throw new UnsupportedOperationException("stub");
  }
}
