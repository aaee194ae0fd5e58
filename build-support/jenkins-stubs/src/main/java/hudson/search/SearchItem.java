// Signature stub of hudson.search.SearchItem, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/search/SearchItem.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.search;

public interface SearchItem {}
