import { Download as DownloadEvent } from "../../generated/DownloadMarket/DownloadMarket";
import { Download } from "../../generated/schema";
import { eventId } from "../common/time";
import { getDatum } from "./saturation-oracle";

export function handleDownload(event: DownloadEvent): void {
  const p = event.params;
  const datum = getDatum(p.datumId);
  datum.downloadCount += 1;
  datum.downloadRevenue = datum.downloadRevenue.plus(p.price);
  datum.save();
  const download = new Download(eventId(event));
  download.downloader = p.downloader;
  download.datum = datum.id;
  download.window = p.window;
  download.price = p.price;
  download.surgeBps = p.surgeBps;
  download.timestamp = event.block.timestamp;
  download.txHash = event.transaction.hash;
  download.save();
}
