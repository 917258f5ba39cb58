package uk.beacon.imports.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.beacon.identity.CurrentViewer;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFailedException;
import uk.beacon.imports.ImportFile;
import uk.beacon.imports.ImportPreview;
import uk.beacon.imports.ImportProblem;
import uk.beacon.imports.ImportSummary;
import uk.beacon.imports.PreviewOutdated;

/**
 * The import page: files are uploaded, what they would change is shown, and nothing is
 * saved until the person confirms. The same import for scripts at
 * {@code POST /api/v1/imports}, with {@code ?preview=true} to see the changes first.
 */
@Controller
@Tag(name = "Imports", description = "A council's data from CSV files or Excel workbooks, all or nothing")
class ImportController {

	record ImportResponse(boolean imported, ImportSummary summary, ImportPreview preview,
			List<ImportProblem> problems) {
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
			model.addAttribute("preview", this.csvImport.upload(files(uploads), this.viewer.actor()));
			return "import-preview";
		}
		catch (ImportFailedException ex) {
			model.addAttribute("problems", ex.problems());
			return "import";
		}
	}

	@PostMapping("/import/{upload}/confirm")
	String confirm(@PathVariable UUID upload, @RequestParam(required = false) String seen,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		try {
			ImportSummary summary = this.csvImport.confirm(upload, this.viewer.actor(), seen, reason);
			redirect.addFlashAttribute("imported", summary.describe());
			return "redirect:/import";
		}
		catch (PreviewOutdated ex) {
			model.addAttribute("preview", ex.preview());
			model.addAttribute("outdated", true);
			return "import-preview";
		}
		catch (ImportFailedException ex) {
			if (ex.problems().size() == 1 && "reason".equals(ex.problems().get(0).column())) {
				// the preview again, with what is missing
				model.addAttribute("preview", this.csvImport.preview(upload, this.viewer.actor()));
				String message = ex.problems().get(0).message();
				model.addAttribute("reasonError", Character.toUpperCase(message.charAt(0)) + message.substring(1));
				model.addAttribute("reason", reason);
				return "import-preview";
			}
			model.addAttribute("problems", ex.problems());
			return "import";
		}
	}

	@PostMapping("/import/{upload}/cancel")
	String cancel(@PathVariable UUID upload, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message",
				this.csvImport.discard(upload, this.viewer.actor())
						? "Nothing was imported, and Beacon no longer holds those files."
						: "Beacon holds no such files of yours to cancel: nothing was imported or changed.");
		return "redirect:/import";
	}

	@PostMapping(path = "/api/v1/imports", consumes = "multipart/form-data")
	@Operation(summary = "Import CSV files or Excel workbooks (multipart, each as a part named files), all or nothing",
			description = "Each problem names the file, the row and the column. Nothing is saved unless every row is "
					+ "right. A row for something Beacon holds changes it; with preview=true nothing is saved and the "
					+ "answer lists what would be added and changed, field by field. Correcting figures or targets "
					+ "Beacon holds needs a reason.")
	@ResponseBody
	ResponseEntity<ImportResponse> api(@RequestPart(name = "files", required = false) List<MultipartFile> uploads,
			@Parameter(description = "true to see what the files would change, saving nothing") @RequestParam(
					defaultValue = "false") boolean preview,
			@Parameter(description = "why figures or targets Beacon holds are corrected") @RequestParam(
					required = false) String reason)
			throws IOException {
		try {
			if (preview) {
				return ResponseEntity.ok(new ImportResponse(false, null,
						this.csvImport.preview(files(uploads), this.viewer.actor()), List.of()));
			}
			return ResponseEntity.ok(new ImportResponse(true,
					this.csvImport.run(files(uploads), this.viewer.actor(), reason), null, List.of()));
		}
		catch (ImportFailedException ex) {
			return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
				.body(new ImportResponse(false, null, null, ex.problems()));
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
