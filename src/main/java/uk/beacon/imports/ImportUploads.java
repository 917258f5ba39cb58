package uk.beacon.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.beacon.access.Actor;

/**
 * Files uploaded for an import, kept while the person reads its preview: in the database,
 * so that the confirmation may reach any instance, for a day at most.
 */
@Repository
class ImportUploads {

	/** An upload as kept: its files and the fingerprint of the changes shown. */
	record Kept(List<ImportFile> files, String fingerprint) {
	}

	private final JdbcClient jdbc;

	ImportUploads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Waits until no other import is being saved, and holds the others off until this
	 * transaction ends: two imports at once (the same files posted twice, say) are
	 * checked and saved one after the other, the second against what the first saved.
	 */
	void oneAtATime() {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('beacon import'))").query((rs, row) -> 0).list();
	}

	UUID keep(List<ImportFile> files, Actor actor, String fingerprint) {
		this.jdbc.sql("delete from import_upload where uploaded_at < now() - interval '1 day'").update();
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into import_upload (id, account_id, person, fingerprint) values (?, ?, ?, ?)")
			.params(id, actor.accountId(), actor.name(), fingerprint)
			.update();
		for (int i = 0; i < files.size(); i++) {
			this.jdbc.sql("insert into import_upload_file (upload_id, position, name, content) values (?, ?, ?, ?)")
				.params(id, i, files.get(i).baseName(), files.get(i).content())
				.update();
		}
		return id;
	}

	/** The upload, when the person uploaded it within the day. */
	Optional<Kept> find(UUID id, Actor actor) {
		return find(id, actor, "");
	}

	/**
	 * The upload, held until the transaction ends: a second confirmation of the same
	 * upload (a button pressed twice) waits, then finds it gone.
	 */
	Optional<Kept> claim(UUID id, Actor actor) {
		return find(id, actor, " for update");
	}

	private Optional<Kept> find(UUID id, Actor actor, String lock) {
		Optional<String> fingerprint = this.jdbc.sql("""
				select fingerprint from import_upload
				where id = ? and account_id is not distinct from ? and person = ?
				  and uploaded_at >= now() - interval '1 day'""" + lock)
			.params(id, actor.accountId(), actor.name())
			.query(String.class)
			.optional();
		if (fingerprint.isEmpty()) {
			return Optional.empty();
		}
		List<ImportFile> files = new ArrayList<>(
				this.jdbc.sql("select name, content from import_upload_file where upload_id = ? order by position")
					.param(id)
					.query((rs, n) -> new ImportFile(rs.getString("name"), rs.getBytes("content")))
					.list());
		return Optional.of(new Kept(files, fingerprint.get()));
	}

	void forget(UUID id) {
		this.jdbc.sql("delete from import_upload where id = ?").param(id).update();
	}

}
