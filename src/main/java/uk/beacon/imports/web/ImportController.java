package uk.beacon.imports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestPart;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import uk.beacon.identity.CurrentViewer;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFailedException;
import uk.beacon.imports.ImportFile;
import uk.beacon.imports.ImportProblem;
import uk.beacon.imports.ImportSummary;

/**
 * The import page, and the same import for scripts at {@code POST /api/v1/imports}.
 */
@Controller
@Tag(name = "Imports", description = "A council's data from CSV files, all or nothing")
class ImportController {

	record ImportResponse(boolean imported, ImportSummary summary, List<ImportProblem> problems) {
	}

	private final CsvImport csvImport;

	private final CurrentViewer viewer;

	ImportController(CsvImport csvImport, CurrentViewer viewer) {
		this.csvImport = csvImport;
		this.viewer = viewer;
	}

	@GetMapping("/import")
	String form() {
		return "import";
	}

	@PostMapping("/import")
	String upload(@RequestParam(name = "files", required = false) List<MultipartFile> uploads, Model model)
			throws IOException {
		try {
			model.addAttribute("summary", this.csvImport.run(files(uploads), this.viewer.actor()));
		}
		catch (ImportFailedException ex) {
			model.addAttribute("problems", ex.problems());
		}
		return "import";
	}

	@PostMapping(path = "/api/v1/imports", consumes = "multipart/form-data")
	@Operation(summary = "Import CSV files (multipart, each as a part named files), all or nothing",
			description = "Each problem names the file, the row and the column. Nothing is saved unless every row is right.")
	@ResponseBody
	ResponseEntity<ImportResponse> api(@RequestPart(name = "files", required = false) List<MultipartFile> uploads)
			throws IOException {
		try {
			return ResponseEntity
				.ok(new ImportResponse(true, this.csvImport.run(files(uploads), this.viewer.actor()), List.of()));
		}
		catch (ImportFailedException ex) {
			return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
				.body(new ImportResponse(false, null, ex.problems()));
		}
	}

	private static List<ImportFile> files(List<MultipartFile> uploads) throws IOException {
		List<ImportFile> files = new ArrayList<>();
		if (uploads != null) {
			for (MultipartFile upload : uploads) {
				if (!upload.isEmpty()) {
					String name = (upload.getOriginalFilename() != null) ? upload.getOriginalFilename()
							: upload.getName();
					files.add(new ImportFile(name, upload.getBytes()));
				}
			}
		}
		return files;
	}

}
