// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import nl.leefwereld.core.format.ConversationImporter;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.core.io.UserFileException;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.ConversationKind;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.model.Participant;
import nl.leefwereld.model.Utterance;

/**
 * Reads subtitle transcripts, SubRip ({@code .srt}) and WebVTT ({@code .vtt}), as made by Whisper-based tools,
 * noScribe or aTrain, into a conversation.
 * <ul>
 * <li>Cues: an optional number or id, a time line {@code 00:00:01,000 --> 00:00:04,000} (WebVTT: {@code .} and
 * optional hours, cue settings after the end), text lines, a blank line.</li>
 * <li>Speakers: a WebVTT voice tag {@code <v Name>} or a {@code Name:} prefix (a name as in
 * {@link TranscriptParser#looksLikeName}); a line without speaker continues the previous speaker. Consecutive cues
 * of one speaker make one utterance, from the first cue's start to the last cue's end. A file without any speaker
 * gives one utterance per cue of an unknown speaker. Other tags ({@code <i>}, {@code <c.x>}, timestamps) are
 * dropped.</li>
 * <li>A malformed time line ({@code 00:09:025 --> ...}) is a warning: the cue is kept without times. A file
 * without any cue is an error. Roles are guessed ({@link SpeakerRoles}) and the guess is a warning.</li>
 * </ul>
 * Stateless.
 */
public final class SubtitleParser {

    /** The two formats. */
    public enum Kind {
        SRT, VTT
    }

    private static final Pattern TIME_LINE = Pattern.compile("^\\s*(\\S+)\\s+-->\\s+(\\S+).*$"); //$NON-NLS-1$
    private static final Pattern TIME = Pattern.compile("(?:(\\d{1,3}):)?(\\d{2}):(\\d{2})[,.](\\d{3})"); //$NON-NLS-1$
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)?\\s+([^>]+)>"); //$NON-NLS-1$
    private static final Pattern TAG = Pattern.compile("</?[^>]*>"); //$NON-NLS-1$
    private static final Pattern PREFIX = Pattern.compile("^(?:-\\s*)?([^:]{1,60}?)\\s*:\\s+(.*)$"); //$NON-NLS-1$

    /** A piece of text of one speaker (or none) within a cue. */
    private record Segment(String speaker, String text, Long start, Long end, int line, int cue) {
    }

    /** Reads a file; never throws for bad content (that is in the result). */
    public ConversationImporter.Result parse(Path file, Kind kind) {
        String text;
        try {
            text = TextFiles.read(file, TranscriptParser.DEFAULT_MAX_BYTES);
        } catch (UserFileException e) {
            return failed(e.getMessage());
        }
        return parse(text, file.toString(), kind);
    }

    /**
     * Parses subtitle text.
     *
     * @param source the file name, at the start of every message
     */
    public ConversationImporter.Result parse(String text, String source, Kind kind) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String[] lines = text.startsWith("\uFEFF") ? text.substring(1).split("\\r\\n|\\r|\\n", -1) //$NON-NLS-1$ //$NON-NLS-2$
                : text.split("\\r\\n|\\r|\\n", -1); //$NON-NLS-1$
        int i = 0;
        if (kind == Kind.VTT) {
            if (lines.length == 0 || !lines[0].strip().startsWith("WEBVTT")) { //$NON-NLS-1$
                return failed(NLS.bind(Messages.Subtitle_noWebvtt, source));
            }
            i = 1;
            while (i < lines.length && !lines[i].isBlank()) {
                i++; // the header (Kind:, Language:) runs to the first blank line
            }
        }
        List<Segment> segments = new ArrayList<>();
        while (i < lines.length) {
            // one block up to a blank line
            while (i < lines.length && lines[i].isBlank()) {
                i++;
            }
            int blockStart = i;
            List<String> block = new ArrayList<>();
            while (i < lines.length && !lines[i].isBlank()) {
                block.add(lines[i]);
                i++;
            }
            if (block.isEmpty()) {
                break;
            }
            String first = block.get(0).strip();
            if (kind == Kind.VTT && (first.startsWith("NOTE") || first.equals("STYLE") || first.equals("REGION"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                continue;
            }
            int timeAt = -1;
            for (int b = 0; b < Math.min(block.size(), 2); b++) {
                if (block.get(b).contains("-->")) { //$NON-NLS-1$
                    timeAt = b;
                    break;
                }
            }
            Long start = null;
            Long end = null;
            int textFrom;
            if (timeAt < 0) {
                int lineNo = blockStart + 1;
                if (kind == Kind.SRT && block.size() == 1 && first.matches("\\d+")) { //$NON-NLS-1$
                    continue; // a lone cue number
                }
                warnings.add(at(source, lineNo, Messages.Subtitle_noTimeLine));
                textFrom = kind == Kind.SRT && first.matches("\\d+") ? 1 : 0; //$NON-NLS-1$
            } else {
                int lineNo = blockStart + timeAt + 1;
                Matcher m = TIME_LINE.matcher(block.get(timeAt));
                long s = m.matches() ? millis(m.group(1)) : -1;
                long e = m.matches() ? millis(m.group(2)) : -1;
                if (s < 0 || e < 0 || e < s) {
                    warnings.add(at(source, lineNo, NLS.bind(Messages.Subtitle_badTime, block.get(timeAt).strip())));
                } else {
                    start = Long.valueOf(s);
                    end = Long.valueOf(e);
                }
                textFrom = timeAt + 1;
            }
            for (int b = textFrom; b < block.size(); b++) {
                segments.add(segment(block.get(b), start, end, blockStart + b + 1, blockStart));
            }
            if (segments.size() > TranscriptParser.MAX_UTTERANCES) {
                errors.add(NLS.bind(Messages.Subtitle_tooMany, source, Integer.valueOf(TranscriptParser.MAX_UTTERANCES)));
                break;
            }
            if (warnings.size() > TranscriptParser.MAX_PROBLEMS) {
                errors.add(NLS.bind(Messages.Subtitle_tooManyWarnings, source, Integer.valueOf(TranscriptParser.MAX_PROBLEMS)));
                break;
            }
        }
        segments.removeIf(s -> s.text().isEmpty() && s.speaker() == null);
        if (segments.isEmpty() && errors.isEmpty()) {
            errors.add(NLS.bind(Messages.Subtitle_noCues, source));
        }
        Conversation c = build(segments, source, warnings);
        return new ConversationImporter.Result(c, errors, warnings);
    }

    private static Segment segment(String raw, Long start, Long end, int line, int cue) {
        String speaker = null;
        String text = raw;
        Matcher v = VOICE.matcher(text);
        if (v.find()) {
            speaker = v.group(1).strip();
        }
        text = TAG.matcher(text).replaceAll("").strip(); //$NON-NLS-1$
        text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        if (speaker == null) {
            Matcher p = PREFIX.matcher(text);
            if (p.matches() && TranscriptParser.looksLikeName(p.group(1).strip())
                    && !Character.isDigit(p.group(2).isEmpty() ? 'x' : p.group(2).charAt(0))) {
                speaker = p.group(1).strip();
                text = p.group(2).strip();
            }
        }
        return new Segment(speaker, text, start, end, line, cue);
    }

    private static Conversation build(List<Segment> segments, String source, List<String> warnings) {
        ModelFactory f = ModelFactory.eINSTANCE;
        Conversation c = f.createConversation();
        c.setId(UUID.randomUUID().toString());
        c.setKind(ConversationKind.OTHER);
        boolean anySpeaker = segments.stream().anyMatch(s -> s.speaker() != null);
        Map<String, Participant> byName = new LinkedHashMap<>();
        Utterance current = null;
        Participant currentSpeaker = null;
        boolean unknownWarned = false;
        int currentCue = -1;
        for (Segment s : segments) {
            Participant speaker;
            if (s.speaker() != null) {
                speaker = byName.computeIfAbsent(s.speaker().toLowerCase(Locale.ROOT), k -> participant(s.speaker()));
            } else if (anySpeaker && currentSpeaker != null) {
                speaker = currentSpeaker;
            } else {
                speaker = byName.computeIfAbsent("\u0000unknown", k -> participant(Messages.Subtitle_unknownSpeaker)); //$NON-NLS-1$
                if (!unknownWarned && anySpeaker) {
                    warnings.add(at(source, s.line(), Messages.Subtitle_noSpeakerYet));
                }
                unknownWarned = true;
            }
            boolean merge = current != null && speaker == currentSpeaker && (anySpeaker || s.cue() == currentCue);
            if (merge) {
                if (!s.text().isEmpty()) {
                    current.setText(current.getText().isEmpty() ? s.text() : current.getText() + ' ' + s.text());
                }
                if (s.end() != null) {
                    current.setEndMillis(s.end());
                }
                if (current.getStartMillis() == null && s.start() != null) {
                    current.setStartMillis(s.start());
                }
            } else {
                current = f.createUtterance();
                current.setId(UUID.randomUUID().toString());
                current.setSpeaker(speaker);
                current.setText(s.text());
                current.setStartMillis(s.start());
                current.setEndMillis(s.end());
                c.getUtterances().add(current);
                currentSpeaker = speaker;
            }
            currentCue = s.cue();
        }
        if (!anySpeaker && !segments.isEmpty()) {
            warnings.add(NLS.bind(Messages.Subtitle_noSpeakers, source));
        }
        c.getParticipants().addAll(byName.values());
        if (SpeakerRoles.assign(c.getParticipants()) && anySpeaker) {
            warnings.add(NLS.bind(Messages.Import_rolesGuessed, source, roles(c.getParticipants())));
        }
        return c;
    }

    static String roles(List<Participant> participants) {
        StringBuilder b = new StringBuilder();
        for (Participant p : participants) {
            if (b.length() > 0) {
                b.append(", "); //$NON-NLS-1$
            }
            b.append(p.getName()).append(" = ").append(p.getRole().getLiteral()); //$NON-NLS-1$
        }
        return b.toString();
    }

    private static Participant participant(String name) {
        Participant p = ModelFactory.eINSTANCE.createParticipant();
        p.setId(UUID.randomUUID().toString());
        p.setName(name);
        return p;
    }

    /** {@code 00:01:02,500}, {@code 01:02.500}: milliseconds, or -1. */
    static long millis(String s) {
        Matcher m = TIME.matcher(s);
        if (!m.matches()) {
            return -1;
        }
        long h = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long min = Long.parseLong(m.group(2));
        long sec = Long.parseLong(m.group(3));
        if (min > 59 || sec > 59) {
            return -1;
        }
        return ((h * 60 + min) * 60 + sec) * 1000 + Long.parseLong(m.group(4));
    }

    static String at(String source, int line, String detail) {
        return NLS.bind(Messages.Import_atLine, new Object[] { source, Integer.valueOf(line), detail });
    }

    static ConversationImporter.Result failed(String message) {
        Conversation c = ModelFactory.eINSTANCE.createConversation();
        c.setId(UUID.randomUUID().toString());
        return new ConversationImporter.Result(c, List.of(message), List.of());
    }
}
