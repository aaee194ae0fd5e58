// Signature stub of hudson.model.Item, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/Item.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import hudson.search.SearchableModelObject;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import jenkins.model.FullyNamed;
import jenkins.model.FullyNamedModelObject;
import jenkins.model.Named;
import jenkins.util.io.OnMaster;

public interface Item
    extends PersistenceRoot,
        FullyNamedModelObject,
        SearchableModelObject,
        FullyNamed,
        Named,
        AccessControlled,
        OnMaster {
  Permission READ = io.spsbacklinks.jenkinsstubs.Constant.unknown();
  Permission CONFIGURE = io.spsbacklinks.jenkinsstubs.Constant.unknown();
  Permission EXTENDED_READ = io.spsbacklinks.jenkinsstubs.Constant.unknown();
}
