package org.parity.it;

import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives integration tests deploy, built from the EAR this build just packaged, never from
 * hand-picked class lists: a refactoring cannot leave a test deploying something the product does
 * not.
 */
public final class Deployments {

  private Deployments() {}

  /** The product exactly as it ships. */
  public static EnterpriseArchive wholeEar() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("parity.ear")));
  }

  /**
   * Parity's services (the EJB module with every library the EAR bundles) in a test WAR, together
   * with the whole package of the test class (its helpers), Jakarta Security switched on as the web
   * module does, and AssertJ.
   */
  public static WebArchive services(Class<?> testClass) {
    EnterpriseArchive ear = wholeEar();
    WebArchive war = ShrinkWrap.create(WebArchive.class, testClass.getSimpleName() + ".war");
    for (ArchivePath path : ear.getContent().keySet()) {
      if (path.get().endsWith(".jar")) {
        war.addAsLibrary(ear.getAsType(JavaArchive.class, path));
      }
    }
    war.addPackage(testClass.getPackage());
    war.addClasses(Deployments.class, TestArchiveSecurity.class, ContentPackages.class);
    war.addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
    war.addAsWebInfResource(
        new StringAsset(
            "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
                + " bean-discovery-mode=\"annotated\"/>"),
        "beans.xml");
    return war;
  }

  /** {@link #services} with Elytron's API, so a test may call as a given person ({@link As}). */
  public static WebArchive servicesAsPeople(Class<?> testClass) {
    return services(testClass)
        .addClasses(As.class, As.Step.class)
        .setManifest(
            new StringAsset("Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron\n"));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
