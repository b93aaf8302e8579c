import { getI18n } from "@/server/shop/i18n/server";
import { NotFoundMessage } from "./_components/not-found-message";

/** Unknown product, order or bank page: said in the shopper's language, inside the shop's layout. */
export default async function NotFound() {
  return <NotFoundMessage text={(await getI18n()).t.notFound} />;
}
