/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.blanco.model.impl;

import java.util.Date;

import nl.leefwereld.method.blanco.model.BlancoPackage;
import nl.leefwereld.method.blanco.model.EntryKind;
import nl.leefwereld.method.blanco.model.NotebookEntry;

import nl.leefwereld.model.impl.IdentifiedImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Notebook Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.method.blanco.model.impl.NotebookEntryImpl#getText <em>Text</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.impl.NotebookEntryImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.impl.NotebookEntryImpl#getDate <em>Date</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.impl.NotebookEntryImpl#isOnNightstand <em>On Nightstand</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.impl.NotebookEntryImpl#getNightstandDate <em>Nightstand Date</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.impl.NotebookEntryImpl#getBroughtBackDate <em>Brought Back Date</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.impl.NotebookEntryImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.impl.NotebookEntryImpl#getQuote <em>Quote</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NotebookEntryImpl extends IdentifiedImpl implements NotebookEntry {
	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final EntryKind KIND_EDEFAULT = EntryKind.FACT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected EntryKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected Date date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #isOnNightstand() <em>On Nightstand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOnNightstand()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ON_NIGHTSTAND_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOnNightstand() <em>On Nightstand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOnNightstand()
	 * @generated
	 * @ordered
	 */
	protected boolean onNightstand = ON_NIGHTSTAND_EDEFAULT;

	/**
	 * The default value of the '{@link #getNightstandDate() <em>Nightstand Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNightstandDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date NIGHTSTAND_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNightstandDate() <em>Nightstand Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNightstandDate()
	 * @generated
	 * @ordered
	 */
	protected Date nightstandDate = NIGHTSTAND_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBroughtBackDate() <em>Brought Back Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBroughtBackDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date BROUGHT_BACK_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBroughtBackDate() <em>Brought Back Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBroughtBackDate()
	 * @generated
	 * @ordered
	 */
	protected Date broughtBackDate = BROUGHT_BACK_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected static final String QUOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected String quote = QUOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NotebookEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BlancoPackage.Literals.NOTEBOOK_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BlancoPackage.NOTEBOOK_ENTRY__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EntryKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(EntryKind newKind) {
		EntryKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BlancoPackage.NOTEBOOK_ENTRY__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(Date newDate) {
		Date oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BlancoPackage.NOTEBOOK_ENTRY__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOnNightstand() {
		return onNightstand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnNightstand(boolean newOnNightstand) {
		boolean oldOnNightstand = onNightstand;
		onNightstand = newOnNightstand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BlancoPackage.NOTEBOOK_ENTRY__ON_NIGHTSTAND, oldOnNightstand, onNightstand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getNightstandDate() {
		return nightstandDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNightstandDate(Date newNightstandDate) {
		Date oldNightstandDate = nightstandDate;
		nightstandDate = newNightstandDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BlancoPackage.NOTEBOOK_ENTRY__NIGHTSTAND_DATE, oldNightstandDate, nightstandDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getBroughtBackDate() {
		return broughtBackDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBroughtBackDate(Date newBroughtBackDate) {
		Date oldBroughtBackDate = broughtBackDate;
		broughtBackDate = newBroughtBackDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BlancoPackage.NOTEBOOK_ENTRY__BROUGHT_BACK_DATE, oldBroughtBackDate, broughtBackDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BlancoPackage.NOTEBOOK_ENTRY__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuote() {
		return quote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuote(String newQuote) {
		String oldQuote = quote;
		quote = newQuote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BlancoPackage.NOTEBOOK_ENTRY__QUOTE, oldQuote, quote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case BlancoPackage.NOTEBOOK_ENTRY__TEXT:
				return getText();
			case BlancoPackage.NOTEBOOK_ENTRY__KIND:
				return getKind();
			case BlancoPackage.NOTEBOOK_ENTRY__DATE:
				return getDate();
			case BlancoPackage.NOTEBOOK_ENTRY__ON_NIGHTSTAND:
				return isOnNightstand();
			case BlancoPackage.NOTEBOOK_ENTRY__NIGHTSTAND_DATE:
				return getNightstandDate();
			case BlancoPackage.NOTEBOOK_ENTRY__BROUGHT_BACK_DATE:
				return getBroughtBackDate();
			case BlancoPackage.NOTEBOOK_ENTRY__REASON:
				return getReason();
			case BlancoPackage.NOTEBOOK_ENTRY__QUOTE:
				return getQuote();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case BlancoPackage.NOTEBOOK_ENTRY__TEXT:
				setText((String)newValue);
				return;
			case BlancoPackage.NOTEBOOK_ENTRY__KIND:
				setKind((EntryKind)newValue);
				return;
			case BlancoPackage.NOTEBOOK_ENTRY__DATE:
				setDate((Date)newValue);
				return;
			case BlancoPackage.NOTEBOOK_ENTRY__ON_NIGHTSTAND:
				setOnNightstand((Boolean)newValue);
				return;
			case BlancoPackage.NOTEBOOK_ENTRY__NIGHTSTAND_DATE:
				setNightstandDate((Date)newValue);
				return;
			case BlancoPackage.NOTEBOOK_ENTRY__BROUGHT_BACK_DATE:
				setBroughtBackDate((Date)newValue);
				return;
			case BlancoPackage.NOTEBOOK_ENTRY__REASON:
				setReason((String)newValue);
				return;
			case BlancoPackage.NOTEBOOK_ENTRY__QUOTE:
				setQuote((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case BlancoPackage.NOTEBOOK_ENTRY__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case BlancoPackage.NOTEBOOK_ENTRY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case BlancoPackage.NOTEBOOK_ENTRY__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case BlancoPackage.NOTEBOOK_ENTRY__ON_NIGHTSTAND:
				setOnNightstand(ON_NIGHTSTAND_EDEFAULT);
				return;
			case BlancoPackage.NOTEBOOK_ENTRY__NIGHTSTAND_DATE:
				setNightstandDate(NIGHTSTAND_DATE_EDEFAULT);
				return;
			case BlancoPackage.NOTEBOOK_ENTRY__BROUGHT_BACK_DATE:
				setBroughtBackDate(BROUGHT_BACK_DATE_EDEFAULT);
				return;
			case BlancoPackage.NOTEBOOK_ENTRY__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case BlancoPackage.NOTEBOOK_ENTRY__QUOTE:
				setQuote(QUOTE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case BlancoPackage.NOTEBOOK_ENTRY__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case BlancoPackage.NOTEBOOK_ENTRY__KIND:
				return kind != KIND_EDEFAULT;
			case BlancoPackage.NOTEBOOK_ENTRY__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case BlancoPackage.NOTEBOOK_ENTRY__ON_NIGHTSTAND:
				return onNightstand != ON_NIGHTSTAND_EDEFAULT;
			case BlancoPackage.NOTEBOOK_ENTRY__NIGHTSTAND_DATE:
				return NIGHTSTAND_DATE_EDEFAULT == null ? nightstandDate != null : !NIGHTSTAND_DATE_EDEFAULT.equals(nightstandDate);
			case BlancoPackage.NOTEBOOK_ENTRY__BROUGHT_BACK_DATE:
				return BROUGHT_BACK_DATE_EDEFAULT == null ? broughtBackDate != null : !BROUGHT_BACK_DATE_EDEFAULT.equals(broughtBackDate);
			case BlancoPackage.NOTEBOOK_ENTRY__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case BlancoPackage.NOTEBOOK_ENTRY__QUOTE:
				return QUOTE_EDEFAULT == null ? quote != null : !QUOTE_EDEFAULT.equals(quote);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (text: "); //$NON-NLS-1$
		result.append(text);
		result.append(", kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", date: "); //$NON-NLS-1$
		result.append(date);
		result.append(", onNightstand: "); //$NON-NLS-1$
		result.append(onNightstand);
		result.append(", nightstandDate: "); //$NON-NLS-1$
		result.append(nightstandDate);
		result.append(", broughtBackDate: "); //$NON-NLS-1$
		result.append(broughtBackDate);
		result.append(", reason: "); //$NON-NLS-1$
		result.append(reason);
		result.append(", quote: "); //$NON-NLS-1$
		result.append(quote);
		result.append(')');
		return result.toString();
	}

} //NotebookEntryImpl
