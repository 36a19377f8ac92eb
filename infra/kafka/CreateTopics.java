import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Creates the topics listed in topics.txt that do not exist yet (12 partitions). Run by ./citycoop up
 * as a single-file program on the broker's classpath: java -cp 'lib/*' CreateTopics.java BOOTSTRAP FILE REPLICATION
 */
public class CreateTopics {
    public static void main(String[] args) throws Exception {
        List<String> wanted = Files.readAllLines(Path.of(args[1])).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        short replication = Short.parseShort(args.length > 2 ? args[2] : "1");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0],
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30000))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t)).map(t -> new NewTopic(t, 12, replication)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
            System.out.println("topics: " + wanted.size() + " wanted, " + (wanted.size() - missing.size()) + " existed, " + missing.size() + " created");
        }
    }
}
