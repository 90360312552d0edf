package io.kling4j.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link CliModel} as the build writes it ({@value CliModel#RESOURCE}): strings, booleans and lists in
 * {@link DataOutputStream} form, read back field by field. Plain data, no reflection and no parser: reading it
 * costs a few milliseconds at start-up, where Java serialization of records or parsing the spec costs over 100.
 */
final class CliModelFile {
    /** Changes whenever the layout does; a file of another layout is ignored (the spec is read instead). */
    private static final int VERSION = 1;
    private static final String NULL = "\u0000";

    private CliModelFile() {
    }

    static void write(CliModel model, DataOutputStream out) throws IOException {
        out.writeInt(VERSION);
        out.writeInt(model.commands().size());
        for (CliModel.Command c : model.commands()) {
            out.writeUTF(c.name());
            strings(out, c.aliases());
            out.writeUTF(c.segment());
            strings(out, c.description());
            strings(out, c.examples());
            strings(out, c.footer());
            out.writeBoolean(c.storyboard());
            strings(out, c.models());
            out.writeInt(c.exactlyOne().size());
            for (CliModel.ExactlyOne rule : c.exactlyOne()) {
                strings(out, rule.models());
                out.writeBoolean(rule.anyModel());
                strings(out, rule.fields());
            }
            out.writeInt(c.options().size());
            for (CliModel.Field f : c.options()) {
                text(out, f.wireName());
                strings(out, f.names());
                text(out, f.paramLabel());
                text(out, f.type());
                text(out, f.itemType());
                strings(out, f.enumValues());
                text(out, f.help());
                text(out, f.cliDefault());
                out.writeInt(f.defaultWhen().size());
                for (CliModel.Condition when : f.defaultWhen()) {
                    text(out, when.field());
                    text(out, when.set() == null ? null : when.set().toString());
                    strings(out, when.equals());
                }
                text(out, f.specDefault());
                text(out, f.upload());
                out.writeBoolean(f.required());
                out.writeBoolean(f.positional());
            }
        }
    }

    static CliModel read(DataInputStream in) throws IOException {
        if (in.readInt() != VERSION) {
            throw new IOException("another layout");
        }
        List<CliModel.Command> commands = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            String name = in.readUTF();
            List<String> aliases = strings(in);
            String segment = in.readUTF();
            List<String> description = strings(in);
            List<String> examples = strings(in);
            List<String> footer = strings(in);
            boolean storyboard = in.readBoolean();
            List<String> models = strings(in);
            List<CliModel.ExactlyOne> exactlyOne = new ArrayList<>();
            for (int r = in.readInt(); r > 0; r--) {
                exactlyOne.add(new CliModel.ExactlyOne(strings(in), in.readBoolean(), strings(in)));
            }
            List<CliModel.Field> options = new ArrayList<>();
            for (int o = in.readInt(); o > 0; o--) {
                String wireName = text(in);
                List<String> names = strings(in);
                String paramLabel = text(in);
                String type = text(in);
                String itemType = text(in);
                List<String> enumValues = strings(in);
                String help = text(in);
                String cliDefault = text(in);
                List<CliModel.Condition> when = new ArrayList<>();
                for (int w = in.readInt(); w > 0; w--) {
                    String field = text(in);
                    String set = text(in);
                    when.add(new CliModel.Condition(field, set == null ? null : Boolean.valueOf(set), strings(in)));
                }
                options.add(new CliModel.Field(wireName, names, paramLabel, type, itemType, enumValues, help, cliDefault,
                        List.copyOf(when), text(in), text(in), in.readBoolean(), in.readBoolean()));
            }
            commands.add(new CliModel.Command(name, aliases, segment, description, examples, footer, storyboard,
                    List.copyOf(options), models, List.copyOf(exactlyOne)));
        }
        return new CliModel(List.copyOf(commands));
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        out.writeUTF(s == null ? NULL : s);
    }

    private static String text(DataInputStream in) throws IOException {
        String s = in.readUTF();
        return NULL.equals(s) ? null : s;
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            out.writeUTF(s);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        List<String> list = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            list.add(in.readUTF());
        }
        return List.copyOf(list);
    }
}
