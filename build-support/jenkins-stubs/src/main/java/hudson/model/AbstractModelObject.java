// Signature stub of hudson.model.AbstractModelObject, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/AbstractModelObject.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import hudson.search.SearchableModelObject;

public abstract class AbstractModelObject implements SearchableModelObject {}
