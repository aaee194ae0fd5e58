// Signature stub of hudson.search.SearchableModelObject, read from
// jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/hudson/search/SearchableModelObject.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.search;

import hudson.model.ModelObject;

public interface SearchableModelObject extends ModelObject, SearchItem {}
