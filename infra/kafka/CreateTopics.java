import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;

/**
 * Creates the topics listed in topics.txt that do not exist yet (12 partitions), each with the settings
 * on its line (e.g. retention.ms=-1), and sets those settings on topics that exist already (a broker
 * started before the event topics were kept for ever, ADR 22). Run by ./citycoop up as a single-file
 * program on the broker's classpath: java -cp 'lib/*' CreateTopics.java BOOTSTRAP FILE REPLICATION
 */
public class CreateTopics {
    public static void main(String[] args) throws Exception {
        Map<String, Map<String, String>> wanted = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            String[] words = stripped.split("\\s+");
            wanted.put(words[0], Arrays.stream(words).skip(1).map(w -> w.split("=", 2))
                    .collect(Collectors.toMap(p -> p[0], p -> p[1], (a, b) -> b, LinkedHashMap::new)));
        }
        short replication = Short.parseShort(args.length > 2 ? args[2] : "1");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0],
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30000))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = wanted.entrySet().stream().filter(t -> !existing.contains(t.getKey()))
                    .map(t -> new NewTopic(t.getKey(), 12, replication).configs(t.getValue())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
            Map<ConfigResource, Collection<AlterConfigOp>> settings = wanted.entrySet().stream()
                    .filter(t -> existing.contains(t.getKey()) && !t.getValue().isEmpty())
                    .collect(Collectors.toMap(t -> new ConfigResource(ConfigResource.Type.TOPIC, t.getKey()), t -> t.getValue().entrySet().stream()
                            .map(s -> new AlterConfigOp(new ConfigEntry(s.getKey(), s.getValue()), AlterConfigOp.OpType.SET)).toList()));
            if (!settings.isEmpty()) {
                admin.incrementalAlterConfigs(settings).all().get();
            }
            System.out.println("topics: " + wanted.size() + " wanted, " + (wanted.size() - missing.size()) + " existed, " + missing.size()
                    + " created; settings set on " + settings.size() + " existing");
        }
    }
}
