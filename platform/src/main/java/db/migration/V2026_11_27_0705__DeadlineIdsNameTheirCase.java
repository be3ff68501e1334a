package db.migration;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Deadlines scheduled before ids named their case (Axon's random ids) get the form KeyedDeadlineManager gives new
 * ones, {@code <aggregate type>/<aggregate id>/<deadline name>/<former id>}, so that the steps recorded from now on
 * cancel them too. Reads each deadline's JSON once, here, instead of at every cancellation. Deadlines of no aggregate
 * scope keep their id.
 */
public class V2026_11_27_0705__DeadlineIdsNameTheirCase extends BaseJavaMigration {

    private static final String TASK_NAME = "AxonDeadline";

    @Override
    public void migrate(Context context) throws Exception {
        var json = new ObjectMapper();
        var renamed = new ArrayList<String[]>();
        var connection = context.getConnection();
        try (var select = connection.prepareStatement(
                "SELECT task_instance, task_data FROM scheduled_tasks WHERE task_name = ?")) {
            select.setString(1, TASK_NAME);
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    var id = rows.getString(1);
                    var data = rows.getBytes(2);
                    if (id.contains("/") || data == null) {
                        continue;
                    }
                    var details = json.readTree(new String(data, StandardCharsets.UTF_8));
                    var scope = json.readTree(details.path("scopeDescriptor").asText("{}"));
                    var type = scope.path("type").asText("");
                    var identifier = scope.path("identifier");
                    var name = details.path("deadlineName").asText("");
                    if (type.isEmpty() || !identifier.isTextual() || name.isEmpty()) {
                        continue;
                    }
                    var newId = type + "/" + identifier.asText() + "/" + name + "/" + id;
                    if (newId.length() <= 100) {
                        renamed.add(new String[] {id, newId});
                    }
                }
            }
        }
        try (var update = connection.prepareStatement(
                "UPDATE scheduled_tasks SET task_instance = ? WHERE task_name = ? AND task_instance = ?")) {
            for (var ids : renamed) {
                update.setString(1, ids[1]);
                update.setString(2, TASK_NAME);
                update.setString(3, ids[0]);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
